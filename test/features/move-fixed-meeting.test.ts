import { cardText, executeActions } from '../driver/connector';
import {
  channel,
  invokeResult,
  makeUser,
  type TestConversation,
  type TestUser,
} from '../driver/conversation';
import { givenBroedplaats } from '../driver/factories';
import { startTestBot, type TestBot } from '../driver/test-bot';

/** Clock: Tuesday 2 March 2027, 10:00 in the Netherlands. */
const NOW = '2027-03-02T09:00:00Z';

function button(card: unknown, title: string): Record<string, unknown> {
  const found = executeActions(card).find((a) => a.title === title);
  if (!found) throw new Error(`No button ${title} on card:\n${cardText(card)}`);
  return found.data;
}

describe('moving a meeting whose date was fixed without a poll', () => {
  let bot: TestBot;
  let team: TestConversation;
  let contact: TestUser;

  beforeEach(async () => {
    bot = await startTestBot();
    bot.clock.set(NOW);
    team = channel(bot, 'broedplaats-021');
    contact = makeUser('Carla Contact');
    await team.say(contact, 'hulp');
    await givenBroedplaats(bot, contact, team);
  });
  afterEach(async () => bot.stop());

  it.each([
    ['nl', undefined, 'Vaste datum plaatsen', 'Verplaatsen', /datumprikker/i, 'niet afzegde'],
    ['en', 'en-GB', 'Post fixed date', 'Move', /date poll/i, 'has not declined'],
  ])(
    '(%s) says who is told, without a date poll that never was',
    async (_lang, locale, fixedLabel, moveLabel, poll, told) => {
      const who = locale ? { ...contact, locale } : contact;
      const form = await team.say(who, 'plan');
      const created = await team.execute(who, 'plan.create', {
        ...button(form.cards[0], fixedLabel),
        purpose: 'Eerste bijeenkomst',
        date1: '2027-03-16',
        start1: '14:00',
        end1: '16:00',
      });
      const meetingCard = created.cards[0];
      const moveForm = invokeResult(
        await team.execute(who, 'meeting.moveForm', button(meetingCard, moveLabel)),
      ).card;
      const text = cardText(moveForm);
      expect(text).toContain(told);
      expect(text).not.toMatch(poll);
    },
  );
});
