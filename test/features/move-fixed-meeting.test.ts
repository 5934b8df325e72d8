// Moving a meeting whose date was fixed without a poll: the move form says who is told, in either language.
import { buttonData, cardText } from '../driver/connector';
import { invokeResult, type TestConversation, type TestUser } from '../driver/conversation';
import { startWithBroedplaats } from '../driver/factories';
import type { TestBot } from '../driver/test-bot';

/** Clock: Tuesday 2 March 2027, 10:00 in the Netherlands. */
const NOW = '2027-03-02T09:00:00Z';

describe('moving a meeting whose date was fixed without a poll', () => {
  let bot: TestBot;
  let team: TestConversation;
  let contact: TestUser;

  beforeEach(async () => {
    ({ bot, team, contact } = await startWithBroedplaats({ now: NOW, team: 'broedplaats-021' }));
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
        ...buttonData(form.cards[0], fixedLabel),
        purpose: 'Eerste bijeenkomst',
        date1: '2027-03-16',
        start1: '14:00',
        end1: '16:00',
      });
      const meetingCard = created.cards[0];
      const moveForm = invokeResult(
        await team.execute(who, 'meeting.moveForm', buttonData(meetingCard, moveLabel)),
      ).card;
      const text = cardText(moveForm);
      expect(text).toContain(told);
      expect(text).not.toMatch(poll);
    },
  );
});
