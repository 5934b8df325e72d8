// Marking the moments of a date poll on one's invitation in Teams, counted with the person's clicks on the shared poll
// card as one vote; and one person, one voter: an invitee who marks moments on their invitation card and on the answer
// page behind their personal link is counted once, with their latest mark per moment.
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
  updatesOf,
  type ConnectorCall,
} from '../driver/connector';
import {
  invokeResult,
  makeUser,
  personalChat,
  type TestConversation,
  type TestUser,
} from '../driver/conversation';
import { givenPollThroughCards, sendInvitationForm, startWithBroedplaats } from '../driver/factories';
import { LINK_SECRET, type TestBot } from '../driver/test-bot';

/** Clock: Tuesday 2 March 2027, 10:00 in the Netherlands. */
const NOW = '2027-03-02T09:00:00Z';

/** Data of every Action.Execute button titled `title` (or with a ✓ before it), in card order. */
function buttonsTitled(card: unknown, title: string): Record<string, unknown>[] {
  return executeActions(card)
    .filter((a) => a.title === title || a.title === `✓ ${title}`)
    .map((a) => a.data);
}

/** Data of the Action.Execute button titled `title` (or with a ✓ before it) for moment `slotId`. */
function markButton(card: unknown, title: string, slotId: string): Record<string, unknown> {
  const found = buttonsTitled(card, title).find((data) => data.slotId === slotId);
  if (!found) throw new Error(`No button ${title} for ${slotId} on card:\n${cardText(card)}`);
  return found;
}

function lastUpdateOf(calls: ConnectorCall[], messageId: string): unknown {
  const updates = updatesOf(calls, messageId);
  if (updates.length === 0) throw new Error(`No update of ${messageId}`);
  return updates[updates.length - 1];
}

let bot: TestBot;
let team: TestConversation;
let contact: TestUser;
let ocw: TestUser;
let b: Broedplaats;
let meeting: Meeting;
let pollMessageId: string;

/** The bot at NOW; Carla Contact and Olivier OCW have the app; Carla posts a poll over `days`, 14:00–16:00, in `channel`. */
async function startWithPollOver(channel: string, days: string[]): Promise<void> {
  contact = makeUser('Carla Contact');
  ocw = makeUser('Olivier OCW');
  ({ bot, team, b } = await startWithBroedplaats({
    now: NOW,
    team: channel,
    contact,
    installed: [contact, ocw],
  }));
  const moments = days.map((date) => ({ date, start: '14:00', end: '16:00' }));
  ({ meeting, messageId: pollMessageId } = await givenPollThroughCards(bot, team, contact, b, moments));
}
afterEach(async () => bot.stop());

/** The contact invites `people` (Entra ids) from their personal chat; returns the turn. */
const invite = (people: TestUser[], extra: Record<string, string> = {}) =>
  sendInvitationForm(personalChat(bot, contact), contact, {
    people: people.map((p) => p.aadObjectId).join(','),
    peopleCategory: 'ocw',
    ...extra,
  });

describe('marking the date poll on the invitation card in Teams', () => {
  beforeEach(() => startWithPollOver('broedplaats-020', ['2027-03-16', '2027-03-23', '2027-03-30']));

  it('lets the invitee mark each moment on their own card, counted on the shared poll card as one vote with theirs there, until the date is chosen', async () => {
    const invited = await invite([ocw]);
    const dm = personalChat(bot, ocw);
    const card = cardOf(sentInto(invited.calls, dm.id)[0]!);
    expect(cardText(card)).toContain('Welke momenten passen je? De datum wordt nog gekozen');
    for (const when of ['di 16 mrt 2027, 14:00–16:00', 'di 23 mrt 2027, 14:00–16:00', 'di 30 mrt 2027'])
      expect(cardText(card)).toContain(when);
    expect(buttonsTitled(card, 'Past')).toHaveLength(3);
    expect(buttonsTitled(card, 'Past niet')).toHaveLength(3);
    expect(cardText(card)).toContain('Ik kom');
    const suits2 = buttonsTitled(card, 'Past')[1]!;

    const mallory = makeUser('Mallory');
    const forged = await personalChat(bot, mallory).execute(mallory, 'rsvp.mark', suits2);
    expect(invokeResult(forged).message).toBe('Deze uitnodiging is niet voor jou; er is niets veranderd.');
    const badSlot = await dm.execute(ocw, 'rsvp.mark', { ...suits2, slotId: 's9' });
    expect(invokeResult(badSlot).message).toBe(
      'Dit moment hoort niet bij deze bijeenkomst; er is niets veranderd.',
    );
    expect(await bot.store.meetings.votesOf(meeting.id)).toEqual([]);

    const marked = await dm.execute(ocw, 'rsvp.mark', suits2);
    const mine = invokeResult(marked).card;
    expect(cardText(mine)).toContain('Je keuze is opgeslagen en telt mee in de datumprikker.');
    expect(cardText(mine)).toContain('Jouw keuze: Past');
    expect(executeActions(mine).filter((a) => a.title.startsWith('✓ '))).toEqual([
      { title: '✓ Past', data: suits2 },
    ]);
    const shared = updatesOf(marked.calls, pollMessageId);
    expect(shared).toHaveLength(1);
    expect(cardText(shared[0])).toContain('Ja 1 · Misschien 0 · Nee 0');
    expect(cardText(shared[0])).toContain('1 persoon heeft gereageerd.');

    // The same person changes their mind on the shared poll card: still one vote for that moment.
    bot.clock.set('2027-03-02T09:05:00Z');
    const pollCard = shared[0]!;
    const no2 = executeActions(pollCard).filter((a) => a.title === 'Nee')[1]!.data;
    const voted = await team.execute(ocw, 'poll.vote', no2, pollMessageId);
    expect(cardText(invokeResult(voted).card)).toContain('Ja 0 · Misschien 0 · Nee 1');
    expect(cardText(invokeResult(voted).card)).toContain('1 persoon heeft gereageerd.');
    expect(await bot.store.meetings.votesOf(meeting.id)).toEqual([
      expect.objectContaining({
        slotId: 's2',
        answer: 'no',
        voter: expect.objectContaining({ aadObjectId: ocw.aadObjectId }),
      }),
    ]);

    // Answering the invitation afterwards: the card keeps showing the marks as they stand.
    const accepted = await dm.execute(ocw, 'rsvp.answer', buttonData(mine, 'Ik kom'));
    const after = invokeResult(accepted).card;
    expect(cardText(after)).toContain('Jouw antwoord: komt');
    expect(cardText(after)).toContain('Jouw keuze: Past niet');
    expect(
      executeActions(after)
        .filter((a) => a.title.startsWith('✓ '))
        .map((a) => a.title),
    ).toEqual(['✓ Past niet', '✓ Ik kom']);

    // The date is chosen: the invitation card names it and offers no moments any more.
    const manage = await team.execute(
      contact,
      'poll.manage',
      buttonData(pollCard, 'Peiling sluiten'),
      pollMessageId,
    );
    const first = executeActions(invokeResult(manage).card).find((a) => a.data.slotId === 's1')!.data;
    const closed = await team.execute(contact, 'poll.close', first, pollMessageId);
    const updated = closed.calls
      .filter((c) => c.kind === 'update' && c.conversationId === dm.id)
      .map((c) => cardOf(c));
    expect(updated).toHaveLength(1);
    expect(cardText(updated[0])).toContain('di 16 mrt 2027, 14:00–16:00');
    expect(cardText(updated[0])).not.toContain('Welke momenten passen je?');
    expect(executeActions(updated[0]).filter((a) => a.data.verb === 'rsvp.mark')).toEqual([]);
    const late = await dm.execute(ocw, 'rsvp.mark', suits2);
    expect(cardText(invokeResult(late).card)).toContain(
      'De datum is al gekozen; momenten aangeven kan niet meer.',
    );
    expect(executeActions(invokeResult(late).card).filter((a) => a.data.verb === 'rsvp.mark')).toEqual([]);
    expect((await bot.store.meetings.votesOf(meeting.id)).map((v) => [v.slotId, v.answer])).toEqual([
      ['s2', 'no'],
    ]);
  });

  it('a mark Teams delivers twice is stored once, and a later click on the shared poll card is not undone by it', async () => {
    const invited = await invite([ocw]);
    const dm = personalChat(bot, ocw);
    const card = cardOf(sentInto(invited.calls, dm.id)[0]!);
    const mark = dm.executeActivity(ocw, 'rsvp.mark', buttonsTitled(card, 'Past')[0]!);
    const first = await dm.post(mark);
    expect(updatesOf(first.calls, pollMessageId)).toHaveLength(1);
    bot.clock.set('2027-03-02T09:05:00Z');
    const pollCard = updatesOf(first.calls, pollMessageId)[0]!;
    const no1 = executeActions(pollCard).filter((a) => a.title === 'Nee')[0]!.data;
    await team.execute(ocw, 'poll.vote', no1, pollMessageId);
    const again = await dm.post(mark);
    expect(again.status).toBe(200);
    expect(updatesOf(again.calls, pollMessageId)).toEqual([]);
    expect((await bot.store.meetings.votesOf(meeting.id)).map((v) => [v.slotId, v.answer])).toEqual([
      ['s1', 'no'],
    ]);
  });

  it('offers the moments on the invitation in the network conversation to the invitee alone', async () => {
    const guest = makeUser('Gerda Gast');
    bot.connector.members.set(guest.aadObjectId, {
      email: 'gerda@voraad.example',
      aadObjectId: guest.aadObjectId,
      id: guest.id,
      name: guest.name,
    });
    bot.connector.script = (c) =>
      c.kind === 'createConversation'
        ? { status: 403, body: { error: { code: 'BotNotInConversationRoster' } } }
        : undefined;
    const invited = await invite([guest]);
    const shared = cardOf(sentInto(invited.calls, team.id)[0]!) as {
      refresh?: { action: { data: Record<string, unknown> } };
    };
    expect(executeActions(shared).filter((a) => a.data.verb === 'rsvp.mark')).toEqual([]);
    const theirs = await team.execute(makeUser('Sam'), 'rsvp.refresh', shared.refresh!.action.data);
    expect(executeActions(invokeResult(theirs).card).filter((a) => a.data.verb === 'rsvp.mark')).toEqual([]);
    const view = await team.execute(guest, 'rsvp.refresh', shared.refresh!.action.data);
    const maybe1 = buttonsTitled(invokeResult(view).card, 'Misschien')[0]!;
    expect(maybe1).toMatchObject({ verb: 'rsvp.mark', slotId: 's1', answer: 'maybe' });
    const marked = await team.execute(guest, 'rsvp.mark', maybe1);
    expect(cardText(invokeResult(marked).card)).toContain('Jouw keuze: Misschien');
    expect(cardText(updatesOf(marked.calls, pollMessageId)[0])).toContain('Ja 0 · Misschien 1 · Nee 0');
  });
});

describe('an invitee who marks the date poll in Teams and on their answer page is one voter', () => {
  let inv: Invitation;
  let invitationCard: unknown;
  let page: string;

  beforeEach(async () => {
    await startWithPollOver('broedplaats-one-voter', ['2027-03-16', '2027-03-23']);
    const invited = await invite([ocw], { linksForAll: 'true' });
    invitationCard = cardOf(sentInto(invited.calls, personalChat(bot, ocw).id)[0]!);
    inv = (await bot.store.invitations.listFor(meeting.id))[0]!;
    page = `/rsvp/${rsvpToken(LINK_SECRET, inv)}?lang=nl`;
  });

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
