// One person, one voter on a date poll: an invitee in Teams who marks moments on their invitation card and on the
// answer page behind their personal link is counted once, with their latest mark per moment.
import type { Broedplaats } from '../../src/domain/broedplaats';
import type { Invitation } from '../../src/domain/invitation';
import type { Meeting } from '../../src/domain/meeting';
import { rsvpToken } from '../../src/features/invitations/links';
import { Browser } from '../driver/browser';
import {
  buttonData,
  cardOf,
  cardText,
  executeActions,
  sentInto,
  type ConnectorCall,
} from '../driver/connector';
import {
  channel,
  invokeResult,
  makeUser,
  personalChat,
  type TestConversation,
  type TestUser,
} from '../driver/conversation';
import { givenBroedplaats } from '../driver/factories';
import { LINK_SECRET, startTestBot, type TestBot } from '../driver/test-bot';

/** Clock: Tuesday 2 March 2027, 10:00 in the Netherlands. */
const NOW = '2027-03-02T09:00:00Z';

/** Data of the Action.Execute button titled `title` (or with a ✓ before it) for moment `slotId`. */
function markButton(card: unknown, title: string, slotId: string): Record<string, unknown> {
  const found = executeActions(card).find(
    (a) => (a.title === title || a.title === `✓ ${title}`) && a.data.slotId === slotId,
  );
  if (!found) throw new Error(`No button ${title} for ${slotId} on card:\n${cardText(card)}`);
  return found.data;
}

function lastUpdateOf(calls: ConnectorCall[], messageId: string): unknown {
  const updates = calls.filter((c) => c.kind === 'update' && c.activityId === messageId);
  if (updates.length === 0) throw new Error(`No update of ${messageId}`);
  return cardOf(updates[updates.length - 1]!);
}

describe('an invitee who marks the date poll in Teams and on their answer page is one voter', () => {
  let bot: TestBot;
  let team: TestConversation;
  let contact: TestUser;
  let ocw: TestUser;
  let b: Broedplaats;
  let meeting: Meeting;
  let pollMessageId: string;
  let inv: Invitation;
  let invitationCard: unknown;
  let page: string;

  beforeEach(async () => {
    bot = await startTestBot();
    bot.clock.set(NOW);
    team = channel(bot, 'broedplaats-one-voter');
    contact = makeUser('Carla Contact');
    ocw = makeUser('Olivier OCW');
    for (const u of [contact, ocw]) await personalChat(bot, u).install(u);
    await team.say(contact, 'hulp');
    b = await givenBroedplaats(bot, contact, team);
    const form = await team.say(contact, 'plan');
    await team.execute(contact, 'plan.create', {
      ...buttonData(form.cards[0], 'Datumprikker plaatsen'),
      purpose: 'Eerste bijeenkomst',
      date1: '2027-03-16',
      start1: '14:00',
      end1: '16:00',
      date2: '2027-03-23',
      start2: '14:00',
      end2: '16:00',
    });
    meeting = (await bot.store.meetings.listFor(b.id))[0]!;
    pollMessageId = meeting.poll.messageId ?? '';
    const dm = personalChat(bot, contact);
    const inviteForm = await dm.say(contact, 'uitnodigen');
    const invited = await dm.execute(contact, 'invite.create', {
      ...buttonData(inviteForm.cards[0], 'Uitnodigingen versturen'),
      people: ocw.aadObjectId,
      peopleCategory: 'ocw',
      linksForAll: 'true',
    });
    invitationCard = cardOf(sentInto(invited.calls, personalChat(bot, ocw).id)[0]!);
    inv = (await bot.store.invitations.listFor(meeting.id))[0]!;
    page = `/rsvp/${rsvpToken(LINK_SECRET, inv)}?lang=nl`;
  });
  afterEach(async () => bot.stop());

  /** What the contact sees when choosing the moment: the tally of every moment, best first. */
  async function momentChoice(): Promise<string> {
    const refreshed = await team.execute(
      contact,
      'poll.refresh',
      { broedplaatsId: b.id, meetingId: meeting.id },
      pollMessageId,
    );
    const manage = await team.execute(
      contact,
      'poll.manage',
      buttonData(invokeResult(refreshed).card, 'Peiling sluiten'),
      pollMessageId,
    );
    return cardText(invokeResult(manage).card);
  }

  /** The invitee's own invitation card in Teams, as Teams asks for it again. */
  async function ownCard(): Promise<string> {
    const ids = { broedplaatsId: b.id, meetingId: meeting.id, invitationId: inv.id };
    return cardText(invokeResult(await personalChat(bot, ocw).execute(ocw, 'rsvp.refresh', ids)).card);
  }

  it('a mark in Teams and then another on the page: the page’s mark stands, counted once everywhere', async () => {
    const dm = personalChat(bot, ocw);
    await dm.execute(ocw, 'rsvp.mark', markButton(invitationCard, 'Past', 's1'));

    bot.clock.set('2027-03-02T09:05:00Z');
    bot.connector.calls.length = 0;
    const browser = new Browser(bot.url);
    expect((await browser.answer(page, { 'slot.s1': 'no' })).status).toBe(303);

    const pollCard = cardText(lastUpdateOf(bot.connector.calls, pollMessageId));
    expect(pollCard).toContain('Ja 0 · Misschien 0 · Nee 1');
    expect(pollCard).toContain('1 persoon heeft gereageerd.');
    const again = await browser.get(page);
    expect(again.html).toContain('name="slot.s1" value="no" checked');
    expect(again.html).not.toContain('name="slot.s1" value="yes" checked');
    const choice = await momentChoice();
    expect(choice).toContain('Ja 0 · Misschien 0 · Nee 1');
    expect(choice).not.toContain('Ja 1');
    expect(await ownCard()).toContain('Jouw keuze: Past niet');
    expect((await bot.store.meetings.voteRowsOf(meeting.id)).map((r) => r.value.answer)).toEqual(['no']);
  });

  it('marks on the page and then one in Teams: the Teams mark stands for its moment, the page’s other mark stays', async () => {
    const browser = new Browser(bot.url);
    expect((await browser.answer(page, { 'slot.s1': 'yes', 'slot.s2': 'maybe' })).status).toBe(303);

    bot.clock.set('2027-03-02T09:05:00Z');
    const dm = personalChat(bot, ocw);
    const marked = await dm.execute(ocw, 'rsvp.mark', markButton(invitationCard, 'Past niet', 's1'));
    const mine = invokeResult(marked).card;
    expect(cardText(mine)).toContain('Jouw keuze: Past niet');
    expect(cardText(mine)).toContain('Jouw keuze: Misschien');
    expect(executeActions(mine).filter((a) => a.title.startsWith('✓ '))).toEqual([
      { title: '✓ Past niet', data: markButton(mine, 'Past niet', 's1') },
      { title: '✓ Misschien', data: markButton(mine, 'Misschien', 's2') },
    ]);

    const pollCard = cardText(lastUpdateOf(marked.calls, pollMessageId));
    expect(pollCard).toContain('Ja 0 · Misschien 0 · Nee 1');
    expect(pollCard).toContain('Ja 0 · Misschien 1 · Nee 0');
    expect(pollCard).toContain('1 persoon heeft gereageerd.');
    const again = await browser.get(page);
    expect(again.html).toContain('name="slot.s1" value="no" checked');
    expect(again.html).toContain('name="slot.s2" value="maybe" checked');
    const choice = await momentChoice();
    expect(choice).toContain('Ja 0 · Misschien 0 · Nee 1');
    expect(choice).toContain('Ja 0 · Misschien 1 · Nee 0');
  });

  it('votes stored before under both the invitee’s Teams id and their link count once, the later per moment', async () => {
    const put = (slotId: string, answer: 'yes' | 'maybe' | 'no', fromPage: boolean, at: string) =>
      bot.store.meetings.putVote(meeting.id, {
        slotId,
        answer,
        voter: fromPage
          ? { aadObjectId: '', id: `link:${inv.id}`, name: 'Olivier OCW' }
          : { aadObjectId: ocw.aadObjectId, id: ocw.id, name: ocw.name },
        at,
      });
    await put('s1', 'yes', false, '2027-03-01T09:00:00.000Z');
    await put('s1', 'no', true, '2027-03-01T09:10:00.000Z');
    await put('s2', 'yes', true, '2027-03-01T09:15:00.000Z');
    await put('s2', 'maybe', false, '2027-03-01T09:20:00.000Z');

    const choice = await momentChoice();
    expect(choice).toContain('Ja 0 · Misschien 0 · Nee 1');
    expect(choice).toContain('Ja 0 · Misschien 1 · Nee 0');
    const refreshed = await team.execute(
      ocw,
      'poll.refresh',
      { broedplaatsId: b.id, meetingId: meeting.id },
      pollMessageId,
    );
    expect(cardText(invokeResult(refreshed).card)).toContain('1 persoon heeft gereageerd.');
    const browser = new Browser(bot.url);
    const shown = await browser.get(page);
    expect(shown.html).toContain('name="slot.s1" value="no" checked');
    expect(shown.html).toContain('name="slot.s2" value="maybe" checked');
    const own = await ownCard();
    expect(own).toContain('Jouw keuze: Past niet');
    expect(own).toContain('Jouw keuze: Misschien');

    // A new mark on the page takes the place of both of the person's votes for that moment.
    bot.clock.set('2027-03-02T09:05:00Z');
    bot.connector.calls.length = 0;
    expect((await browser.answer(page, { 'slot.s1': 'maybe' })).status).toBe(303);
    const pollCard = cardText(lastUpdateOf(bot.connector.calls, pollMessageId));
    expect(pollCard).toContain('Ja 0 · Misschien 1 · Nee 0');
    expect(pollCard).not.toContain('Nee 1');
    expect(pollCard).toContain('1 persoon heeft gereageerd.');
    const s1Rows = (await bot.store.meetings.voteRowsOf(meeting.id)).filter((r) => r.value.slotId === 's1');
    expect(s1Rows.map((r) => r.value.answer)).toEqual(['maybe']);
  });
});
