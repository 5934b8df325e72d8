// Help: `hulp` / `help` shows what the bot can do; any text that is no command gets a short pointer to it.
import { renderHelpCard } from '../../cards/help';
import type { Command, Feature, Turn } from '../../bot/feature';

/** Sends the help card listing every command that has a help entry. */
export async function sendHelp(turn: Turn, commands: () => readonly Command[]): Promise<void> {
  const t = turn.t;
  const rows = commands().flatMap((c) => (c.help ? [c.help(t)] : []));
  await turn.send({
    card: renderHelpCard({ title: t.help.title, intro: t.help.intro, commands: rows, footer: t.help.footer }),
  });
}

/** Answers text that matched no command: never silence. */
export async function answerUnknown(turn: Turn, text: string): Promise<void> {
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
    async onInstalled(turn) {
      if (turn.conversation.kind === 'personal') {
        await turn.send(turn.t.welcome.personal);
        await sendHelp(turn, allCommands);
      } else {
        await turn.send(turn.t.welcome.team);
      }
    },
  };
}
