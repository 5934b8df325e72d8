// Help: `hulp` / `help` shows what the bot can do; any text that is no command gets a short pointer to it.
import { renderHelpCard } from '../../cards/help';
import type { AdaptiveCard } from '../../cards/render';
import type { Command, Feature, Turn } from '../../bot/feature';
import { smallTalk } from '../../domain/small-talk';
import { textsFor, type Texts } from '../../i18n';

/**
 * The help card per list of commands and language, expanded once: it depends on nothing else, and expanding its
 * template is most of what a `hulp` turn costs the bot. Kept as JSON, so every message gets its own copy.
 */
const helpCards = new WeakMap<() => readonly Command[], Map<Texts, string>>();

/** Sends the help card listing every command that has a help entry. */
export async function sendHelp(turn: Turn, commands: () => readonly Command[]): Promise<void> {
  const t = turn.t;
  let byLanguage = helpCards.get(commands);
  if (!byLanguage) helpCards.set(commands, (byLanguage = new Map()));
  let card = byLanguage.get(t);
  if (card === undefined) {
    const rows = commands().flatMap((c) => (c.help ? [c.help(t)] : []));
    card = JSON.stringify(
      renderHelpCard({ title: t.help.title, intro: t.help.intro, commands: rows, footer: t.help.footer }),
    );
    byLanguage.set(t, card);
  }
  await turn.send({ card: JSON.parse(card) as AdaptiveCard });
}

/** Answers text that matched no command: never silence. */
export async function answerUnknown(turn: Turn, text: string): Promise<void> {
  const talk = smallTalk(text);
  if (talk) return void (await turn.send(turn.t.unknown[talk]));
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  await turn.send(
    text ? turn.t.unknown.text({ command: shown.replace(/[*_`[\]<>]/g, '') }) : turn.t.unknown.empty,
  );
}

/** The help feature; `allCommands` gives the commands of every registered feature (for the help card). */
export function helpFeature(allCommands: () => readonly Command[]): Feature {
  return {
    name: 'help',
    commands: [
      {
        id: 'help',
        names: ['hulp', 'help', '?'],
        help: (t) => t.help.commands.help,
        run: (turn) => sendHelp(turn, allCommands),
      },
    ],
    async onUnknownText(turn, text, firstContact) {
      if (!firstContact) return answerUnknown(turn, text);
      await turn.send(turn.t.welcome.personal);
      await sendHelp(turn, allCommands);
    },
    async onInstalled(turn) {
      // Teams often says nothing of the client's language when the app is added: then both languages.
      const welcome = (t: Texts) =>
        turn.conversation.kind === 'personal' ? t.welcome.personal : t.welcome.team;
      await turn.send(
        turn.localeGiven
          ? welcome(turn.t)
          : `${welcome(textsFor('nl'))}\n\n${welcome(textsFor('en'))} ${textsFor('en').welcome.english}`,
      );
      if (turn.conversation.kind === 'personal') await sendHelp(turn, allCommands);
    },
  };
}
