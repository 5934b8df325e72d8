// The attack of typing `mijn gegevens` (or confirming `verwijder mijn gegevens`) again and again: each one reads every
// table, so a person gets at most three in ten minutes and is told when to ask again; others are not held up.
import { invokeResult, makeUser, personalChat } from '../driver/conversation';
import { lastTurnStorage, startTestBot, type TestBot } from '../driver/test-bot';
import { PROGRAMME_TABLES, TABLE_NAMES } from '../../src/store';
import { cardText, executeActions } from '../driver/connector';

describe('asking for one’s own data in a flood', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(() => bot.stop());

  it('answers three in ten minutes with the data, then says when to ask again without reading the tables', async () => {
    const eve = makeUser('Eve');
    const chat = personalChat(bot, eve);
    await chat.install(eve);
    // Every table once, and the programme's tables (the records are named by their broedplaats and meeting).
    const tables = Object.keys(TABLE_NAMES).length + PROGRAMME_TABLES.length + 1;
    for (let i = 0; i < 3; i++) {
      const turn = await chat.say(eve, 'mijn gegevens');
      expect(cardText(turn.cards[0])).toContain('Wat Broedplaats-bot over jou bewaart');
      expect(lastTurnStorage(bot).queries).toBeLessThanOrEqual(tables + 2);
    }
    const refused = await chat.say(eve, 'mijn gegevens');
    expect(refused.cards).toHaveLength(0);
    expect(refused.texts).toEqual([expect.stringContaining('Probeer het over 10 minuten opnieuw')]);
    expect(lastTurnStorage(bot).queries).toBe(0);

    // Someone else is served meanwhile; and Eve again once the ten minutes are over.
    const anna = makeUser('Anna');
    expect((await personalChat(bot, anna).say(anna, 'mijn gegevens')).cards).toHaveLength(1);
    // Removing her data is never refused for having looked at it.
    const ask = (await chat.say(eve, 'verwijder mijn gegevens')).cards[0];
    const remove = executeActions(ask).find((a) => a.data.verb === 'privacy.delete')!.data;
    const removed = invokeResult(await chat.execute(eve, 'privacy.delete', remove));
    expect(cardText(removed.card)).toContain('Je gegevens zijn verwijderd of gepseudonimiseerd');
    bot.clock.advance(10 * 60_000);
    expect((await chat.say(eve, 'mijn gegevens')).cards).toHaveLength(1);
  });
});
