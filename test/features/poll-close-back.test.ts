// "Kies het moment" has a way back to the date poll, choosing nothing.
import { cardText, executeActions } from '../driver/connector';
import { channel, invokeResult, makeUser } from '../driver/conversation';
import { givenBroedplaats, givenPoll } from '../driver/factories';
import { startTestBot, type TestBot } from '../driver/test-bot';

describe('choosing the moment of a date poll', () => {
  let bot: TestBot;
  afterAll(() => bot.stop());

  it('can go back to the poll without choosing', async () => {
    bot = await startTestBot();
    bot.clock.set('2027-03-02T09:00:00Z');
    const contact = makeUser('Carla Contact');
    const team = channel(bot, 'netwerk');
    await team.say(contact, 'hulp');
    const b = await givenBroedplaats(bot, contact, team);
    const slots = [
      { id: 's1', start: '2027-03-16T13:00:00Z', end: '2027-03-16T15:00:00Z' },
      { id: 's2', start: '2027-03-17T13:00:00Z', end: '2027-03-17T15:00:00Z' },
    ];
    const m = await givenPoll(bot, b, slots);
    const ids = { broedplaatsId: b.id, meetingId: m.id };
    const choose = invokeResult(await team.execute(contact, 'poll.manage', ids, 'poll-msg')).card!;
    expect(cardText(choose)).toContain('Kies het moment');
    const back = executeActions(choose).find((a) => a.title === 'Terug naar de datumprikker')!;
    expect(back).toBeDefined();
    const poll = invokeResult(
      await team.execute(contact, back.data.verb as string, back.data, 'poll-msg'),
    ).card!;
    expect(cardText(poll)).toContain('Datumprikker');
    expect(cardText(poll)).not.toContain('Kies het moment');
    expect((await bot.store.meetings.get(b.id, m.id))?.value.status).toBe('polling');
  });
});
