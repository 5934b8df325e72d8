import type { Broedplaats } from '../../src/domain/broedplaats';
import type { Meeting } from '../../src/domain/meeting';
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
import { startTestBot, type TestBot } from '../driver/test-bot';

/** Clock: Tuesday 2 March 2027, 10:00 in the Netherlands. */
const NOW = '2027-03-02T09:00:00Z';

/** Data of every Action.Execute button titled `title` (or with a ✓ before it), in card order. */
function buttonsTitled(card: unknown, title: string): Record<string, unknown>[] {
  return executeActions(card)
    .filter((a) => a.title === title || a.title === `✓ ${title}`)
    .map((a) => a.data);
}

function updatesOf(calls: ConnectorCall[], messageId: string | undefined) {
  return calls.filter((c) => c.kind === 'update' && c.activityId === messageId).map((c) => cardOf(c));
}

describe('marking the date poll on the invitation card in Teams', () => {
  let bot: TestBot;
  let team: TestConversation;
  let contact: TestUser;
  let ocw: TestUser;
  let b: Broedplaats;
  let meeting: Meeting;
  let pollMessageId: string;

  beforeEach(async () => {
    bot = await startTestBot();
    bot.clock.set(NOW);
    team = channel(bot, 'broedplaats-020');
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
      date3: '2027-03-30',
      start3: '14:00',
      end3: '16:00',
    });
    meeting = (await bot.store.meetings.listFor(b.id))[0]!;
    pollMessageId = meeting.poll.messageId ?? '';
  });
  afterEach(async () => bot.stop());

  /** The contact invites `people` (Entra ids) from their personal chat; returns the turn. */
  async function invite(people: TestUser[]) {
    const dm = personalChat(bot, contact);
    const form = await dm.say(contact, 'uitnodigen');
    return dm.execute(contact, 'invite.create', {
      ...buttonData(form.cards[0], 'Uitnodigingen versturen'),
      people: people.map((p) => p.aadObjectId).join(','),
      peopleCategory: 'ocw',
    });
  }

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
