// Someone who may not do what they typed is told why in words that fit the command, not another command's refusal.
import { makeUser, personalChat } from '../driver/conversation';
import { startTestBot, type TestBot } from '../driver/test-bot';

describe('refusals that name what was asked', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(() => bot.stop());

  it.each([
    ['plan', 'je kunt hier geen bijeenkomst plannen'],
    ['uitnodigen', 'je kunt niemand uitnodigen'],
    ['vervolg', 'je kunt geen vervolgafspraak vastleggen'],
    ['dagdeel', 'je kunt geen dagdeel registreren'],
    ['reflecties', 'De resultaten van de reflecties zijn voor de contactpersonen'],
  ])('an outsider typing %s is told %s', async (command, reason) => {
    const otto = makeUser('Otto Outsider');
    const turn = await personalChat(bot, otto).say(otto, command);
    expect(turn.cards).toHaveLength(0);
    expect(turn.texts).toEqual([expect.stringContaining(reason)]);
  });

  it('says it in English to an English client', async () => {
    const otto = makeUser('Otto Outsider', { locale: 'en-GB' });
    const turn = await personalChat(bot, otto).say(otto, 'results');
    expect(turn.texts).toEqual([
      expect.stringContaining('The results of the reflections are for the contacts'),
    ]);
  });
});

describe('answers to card buttons', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(() => bot.stop());

  it('are plain text, as Teams shows them: no literal ** around a command', async () => {
    const otto = makeUser('Otto Outsider');
    const result = await personalChat(bot, otto).execute(otto, 'status.page', { page: 0 });
    const value = (result.body as { value?: unknown }).value;
    expect(typeof value).toBe('string');
    expect(value).toContain('start een broedplaats met intake');
    expect(value).not.toContain('**');
  });
});
