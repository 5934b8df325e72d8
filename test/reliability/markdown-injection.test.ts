// The attack of a network name typed as Teams markdown (a link, bold, a heading): wherever the bot shows the name
// back, in a text or a card, it stands as typed and links nothing.
import { cardText } from '../driver/connector';
import { makeUser, personalChat } from '../driver/conversation';
import { startTestBot, type TestBot } from '../driver/test-bot';

const TYPED = '[Klik hier](https://evil.example/login) **dringend**';

/** Whether a shown text has the typed link working: the link syntax without a backslash before the bracket. */
function linksAnything(shown: string): boolean {
  return (
    /(^|[^\\])\[Klik hier\]\(https:\/\/evil\.example\/login\)/.test(shown) ||
    /(^|[^\\])\*\*dringend/.test(shown)
  );
}

describe('a network name typed as markdown', () => {
  let bot: TestBot;
  afterAll(() => bot.stop());

  it('is echoed escaped in the next questions of the intake, in texts and cards', async () => {
    bot = await startTestBot();
    const anna = makeUser('Anna');
    const chat = personalChat(bot, anna);
    await chat.say(anna, 'intake');
    const shown: string[] = [];
    for (const answer of [TYPED, '1', '5']) {
      const turn = await chat.say(anna, answer);
      shown.push(...turn.texts, ...turn.cards.map((c) => JSON.stringify(c)), ...turn.cards.map(cardText));
    }
    expect(shown.join('\n')).toContain('Klik hier');
    for (const s of shown) expect([s, linksAnything(s)]).toEqual([s, false]);
  });
});
