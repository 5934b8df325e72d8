import type { Broedplaats } from '../../src/domain/broedplaats';
import { DEFAULT_GAP_MS } from '../../src/jobs/coalescer';
import { TABLE_NAMES } from '../../src/store';
import { cardOf, cardText, executeActions, updatesOf } from '../driver/connector';
import {
  invokeResult,
  makeUser,
  personalChat,
  TestConversation,
  type TestUser,
  type TurnResult,
} from '../driver/conversation';
import { givenBroedplaats, startWithBroedplaats } from '../driver/factories';
import { everything } from '../driver/transcript';
import { startTestBot, type TestBot } from '../driver/test-bot';

/** Clock: Tuesday 2 March 2027, 10:00 in the Netherlands. */
const NOW = '2027-03-02T09:00:00Z';

/** Data of all Action.Execute buttons titled `title`, in card order. */
function buttons(card: unknown, title: string | RegExp): Record<string, unknown>[] {
  return executeActions(card)
    .filter((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)))
    .map((a) => a.data);
}

/** Data of the first button titled `title` on a card. */
function button(card: unknown, title: string | RegExp): Record<string, unknown> {
  const found = buttons(card, title)[0];
  if (!found) throw new Error(`No button ${String(title)} on card:\n${cardText(card)}`);
  return found;
}

function slotsForm(rows: [string, string, string][]): Record<string, string> {
  const values: Record<string, string> = {};
  rows.forEach(([date, start, end], i) => {
    values[`date${i + 1}`] = date;
    values[`start${i + 1}`] = start;
    values[`end${i + 1}`] = end;
  });
  return values;
}

describe('meeting scheduling: a date poll closed into a scheduled meeting', () => {
  let bot: TestBot;
  let team: TestConversation;
  let contact: TestUser;
  let b: Broedplaats;

  beforeEach(async () => {
    ({ bot, team, contact, b } = await startWithBroedplaats({ now: NOW, team: 'broedplaats-020' }));
  });
  afterEach(async () => bot.stop());

  /** The contact plans with the given slots in the team channel; returns the poll's message id and meeting. */
  async function postPoll(rows: [string, string, string][], extra: Record<string, string> = {}) {
    const form = await team.say(contact, 'plan');
    const data = button(form.cards[0], /Datumprikker plaatsen/);
    const created = await team.execute(contact, 'plan.create', {
      ...data,
      purpose: 'Eerste bijeenkomst over flexibele examinering',
      location: 'Montessori Lyceum, Amsterdam',
      onlineUrl: '',
      ...slotsForm(rows),
      ...extra,
    });
    const meetings = await bot.store.meetings.listFor(b.id);
    const meeting = meetings[meetings.length - 1]!;
    return { created, meeting, messageId: meeting.poll.messageId };
  }

  const threeSlots: [string, string, string][] = [
    ['2027-03-16', '14:00', '16:30'],
    ['2027-03-23', '14:00', '16:30'],
    ['2027-04-06', '09:30', '12:00'],
  ];

  it('refuses `plan` to someone who is no contact of any broedplaats', async () => {
    const outsider = makeUser('Olga');
    const result = await personalChat(bot, outsider).say(outsider, 'plan');
    expect(result.texts[0]).toMatch(/geen contactpersoon van een broedplaats/);
    expect(result.cards).toHaveLength(0);
  });

  it('warns that only the contact can vote on a poll planned in their personal chat', async () => {
    const dm = personalChat(bot, contact);
    const form = await dm.say(contact, 'plan');
    const submit = executeActions(form.cards[0]).find((a) => a.data.verb === 'plan.create')!.data;
    const created = await dm.execute(contact, 'plan.create', {
      ...submit,
      target: 'here',
      purpose: 'Eerste bijeenkomst',
      date1: '2027-03-16',
      start1: '14:00',
      end1: '16:00',
      date2: '2027-03-23',
      start2: '14:00',
      end2: '16:00',
    });
    expect(cardText(invokeResult(created).card)).toContain(
      'Let op: dit is je persoonlijke chat met de bot, dus alleen jij kunt hier stemmen.',
    );
    expect((await bot.store.meetings.listFor(b.id))[0]?.poll.conversationId).toBe(dm.id);
  });

  it('posts a poll with the proposed slots, stored in UTC from Dutch time', async () => {
    const form = await team.say(contact, 'plan');
    expect(cardText(form.cards[0])).toContain(`Bijeenkomst 1 plannen – ${b.network.name}`);
    expect(cardText(form.cards[0])).toContain('de ontwikkelvraag van het netwerk en de ervaringen erachter');
    const { created, meeting, messageId } = await postPoll(threeSlots);
    expect(cardText(invokeResult(created).card)).toMatch(/De datumprikker staat hieronder/);
    expect(cardText(invokeResult(created).card)).not.toContain('alleen jij');
    const poll = created.cards[0];
    expect(cardText(poll)).toContain(`Datumprikker: bijeenkomst 1 van ${b.network.name}`);
    expect(cardText(poll)).toContain('di 16 mrt 2027, 14:00–16:30');
    expect(cardText(poll)).toContain('Ja 0 · Misschien 0 · Nee 0');
    expect(meeting).toMatchObject({
      number: 1,
      status: 'polling',
      location: 'Montessori Lyceum, Amsterdam',
      slots: [
        { id: 's1', start: '2027-03-16T13:00:00.000Z', end: '2027-03-16T15:30:00.000Z' },
        { id: 's2', start: '2027-03-23T13:00:00.000Z', end: '2027-03-23T15:30:00.000Z' },
        { id: 's3', start: '2027-04-06T07:30:00.000Z', end: '2027-04-06T10:00:00.000Z' },
      ],
      poll: { conversationId: team.id },
    });
    expect(messageId).toMatch(/^bot-msg-/);
  });

  it('shows the form again with a clear error per wrong slot, keeping what was typed, and stores nothing', async () => {
    const form = await team.say(contact, 'plan');
    const data = button(form.cards[0], /Datumprikker plaatsen/);
    const result = await team.execute(contact, 'plan.create', {
      ...data,
      purpose: 'x',
      onlineUrl: 'javascript:alert(1)',
      ...slotsForm([
        ['2027-03-01', '10:00', '12:00'],
        ['2027-03-16', '16:00', '14:00'],
        ['2027-03-28', '02:30', '04:00'],
        ['2027-03-23', '14:00', ''],
        ['2027-03-30', '14:00', '16:00'],
      ]),
    });
    const text = cardText(invokeResult(result).card);
    expect(text).toContain('Beschrijf het doel van de bijeenkomst');
    expect(text).toContain('De online link moet een webadres zijn dat begint met https://');
    expect(text).toContain('Moment 1 ligt in het verleden.');
    expect(text).toContain('Moment 2: het einde ligt niet na het begin.');
    expect(text).toContain('Moment 3: die tijd bestaat niet op die dag (overgang naar zomertijd).');
    expect(text).toContain('Moment 4: vul datum, begin- en eindtijd in.');
    expect(JSON.stringify(invokeResult(result).card)).toContain('"value":"2027-03-30"');
    const dup = await team.execute(contact, 'plan.create', {
      ...data,
      purpose: 'Eerste bijeenkomst',
      ...slotsForm([
        ['2027-03-16', '14:00', '16:00'],
        ['2027-03-16', '14:00', '16:00'],
      ]),
    });
    expect(cardText(invokeResult(dup).card)).toContain('Moment 2 is hetzelfde als moment 1.');
    const one = await team.execute(contact, 'plan.create', {
      ...data,
      purpose: 'Eerste bijeenkomst',
      ...slotsForm([['2027-03-16', '14:00', '16:00']]),
    });
    expect(cardText(invokeResult(one).card)).toContain('Stel minstens 2 momenten voor.');
    expect(await bot.store.meetings.listFor(b.id)).toEqual([]);
  });

  it('shows each voter their own choices, keeps tallies exact and updates the shared card after each vote', async () => {
    const { created, meeting, messageId } = await postPoll(threeSlots);
    const poll = created.cards[0]!;
    const [yes1] = buttons(poll, 'Ja');
    const maybe2 = buttons(poll, 'Misschien')[1]!;
    const no3 = buttons(poll, 'Nee')[2]!;
    const anna = makeUser('Anna');
    const bram = makeUser('Bram');

    const a1 = await team.execute(anna, 'poll.vote', yes1!, messageId);
    const annaView = cardText(invokeResult(a1).card);
    expect(annaView).toContain('Jouw keuze: Ja');
    expect(annaView).toContain('✓ Ja');
    expect(annaView).toContain('Ja 1 · Misschien 0 · Nee 0');
    const shared1 = updatesOf(a1.calls, messageId);
    expect(shared1).toHaveLength(1);
    expect(cardText(shared1[0])).toContain('Ja 1 · Misschien 0 · Nee 0');
    expect(cardText(shared1[0])).not.toContain('Jouw keuze');
    expect((shared1[0] as { refresh?: { userIds?: string[] } }).refresh?.userIds).toEqual(
      expect.arrayContaining([anna.id, contact.id]),
    );

    await team.execute(bram, 'poll.vote', yes1!, messageId);
    await team.execute(bram, 'poll.vote', maybe2, messageId);
    const b3 = await team.execute(bram, 'poll.vote', no3, messageId);
    const bramView = cardText(invokeResult(b3).card);
    expect(bramView).toContain('Ja 2 · Misschien 0 · Nee 0');
    expect(bramView).toContain('Ja 0 · Misschien 1 · Nee 0');
    expect(bramView).toContain('Jouw keuze: Nee');
    expect(bramView).toContain('2 mensen hebben gereageerd.');

    const changed = await team.execute(anna, 'poll.vote', { ...yes1!, answer: 'no' }, messageId);
    expect(cardText(invokeResult(changed).card)).toContain('Ja 1 · Misschien 0 · Nee 1');
    const refreshed = await team.execute(
      bram,
      'poll.refresh',
      { verb: 'poll.refresh', broedplaatsId: b.id, meetingId: meeting.id },
      messageId,
    );
    expect(cardText(invokeResult(refreshed).card)).toContain('Jouw keuze: Misschien');
    expect(refreshed.calls).toHaveLength(0);
    expect(await bot.store.meetings.votesOf(meeting.id)).toHaveLength(4);
  });

  it('updates the shared card in its own conversation from the vote, reading its stored address only for an older poll without a language', async () => {
    const { created, meeting, messageId } = await postPoll(threeSlots);
    const [yes1] = buttons(created.cards[0]!, 'Ja');
    // Reads of stored conversation addresses, counted on the table client the bot shares with the test's store.
    let addressReads = 0;
    const pipeline = bot.store.tables.table(TABLE_NAMES.conversations).pipeline;
    pipeline.addPolicy({
      name: 'countAddressReads',
      sendRequest: (request, next) => {
        if (request.method === 'GET') addressReads++;
        return next(request);
      },
    });
    try {
      const first = await team.execute(makeUser('Anna'), 'poll.vote', yes1!, messageId);
      const update = first.calls.find((c) => c.kind === 'update' && c.activityId === messageId);
      expect(update?.conversationId).toBe(team.id);
      expect(cardText(cardOf(update!))).toContain('Ja 1 · Misschien 0 · Nee 0');
      expect(addressReads).toBe(0);

      await bot.store.meetings.update(b.id, meeting.id, (m) => ({
        ...m,
        poll: { ...m.poll, locale: undefined },
      }));
      const second = await team.execute(makeUser('Bram'), 'poll.vote', yes1!, messageId);
      const older = second.calls.find((c) => c.kind === 'update' && c.activityId === messageId);
      expect(older?.conversationId).toBe(team.id);
      expect(cardText(cardOf(older!))).toContain('Ja 2 · Misschien 0 · Nee 0');
      expect(addressReads).toBe(1);
    } finally {
      pipeline.removePolicy({ name: 'countAddressReads' });
    }
  });

  it('closes the poll on the slot a contact picks (best ranked first), for everyone, with a calendar file', async () => {
    const { created, meeting, messageId } = await postPoll(threeSlots);
    const poll = created.cards[0]!;
    const yes = buttons(poll, 'Ja');
    const maybe = buttons(poll, 'Misschien');
    const voters = [makeUser('A'), makeUser('B'), makeUser('C')];
    await team.execute(voters[0]!, 'poll.vote', yes[2]!, messageId);
    await team.execute(voters[1]!, 'poll.vote', yes[2]!, messageId);
    await team.execute(voters[2]!, 'poll.vote', yes[0]!, messageId);
    await team.execute(voters[2]!, 'poll.vote', maybe[2]!, messageId);

    const outsider = makeUser('Olaf');
    const refused = await team.execute(outsider, 'poll.manage', button(poll, 'Peiling sluiten'), messageId);
    expect(invokeResult(refused).message).toMatch(/Alleen een contactpersoon/);

    const manage = await team.execute(contact, 'poll.manage', button(poll, 'Peiling sluiten'), messageId);
    const ranking = cardText(invokeResult(manage).card);
    expect(ranking.indexOf('di 6 apr 2027, 09:30–12:00')).toBeLessThan(
      ranking.indexOf('di 16 mrt 2027, 14:00–16:30'),
    );
    expect(ranking.indexOf('di 16 mrt 2027')).toBeLessThan(ranking.indexOf('di 23 mrt 2027'));
    const choose = buttons(invokeResult(manage).card, 'Dit moment kiezen')[0]!;
    expect(choose.slotId).toBe('s3');

    const forged = await team.execute(outsider, 'poll.close', choose, messageId);
    expect(invokeResult(forged).message).toMatch(/Alleen een contactpersoon/);
    const closed = await team.execute(contact, 'poll.close', choose, messageId);
    const scheduledCard = invokeResult(closed).card;
    expect(cardText(scheduledCard)).toContain('Het moment staat vast.');
    expect(closed.texts.join()).toContain('Het moment is gekozen: **di 6 apr 2027, 09:30–12:00**');
    const shared = updatesOf(closed.calls, messageId);
    expect(shared).toHaveLength(1);
    expect(cardText(shared[0])).toContain('di 6 apr 2027, 09:30–12:00');
    expect(cardText(shared[0])).not.toContain('Peiling sluiten');
    expect((shared[0] as { refresh?: unknown }).refresh).toBeUndefined();
    const stored = await bot.store.meetings.get(b.id, meeting.id);
    expect(stored?.value).toMatchObject({
      status: 'scheduled',
      chosenSlotId: 's3',
      start: '2027-04-06T07:30:00.000Z',
      end: '2027-04-06T10:00:00.000Z',
      closedBy: { aadObjectId: contact.aadObjectId },
    });

    const late = await team.execute(voters[0]!, 'poll.vote', yes[0]!, messageId);
    expect(invokeResult(late).message).toMatch(/peiling is al gesloten/);
    const again = await team.execute(contact, 'poll.close', choose, messageId);
    expect(invokeResult(again).message).toMatch(/geen peiling meer/);
  });

  async function scheduled(rows: [string, string, string][]) {
    const posted = await postPoll(rows);
    const voter = makeUser('Vera Voter');
    await personalChat(bot, voter).install(voter);
    await team.execute(voter, 'poll.vote', buttons(posted.created.cards[0], 'Ja')[0]!, posted.messageId);
    const manage = await team.execute(
      contact,
      'poll.manage',
      button(posted.created.cards[0], 'Peiling sluiten'),
      posted.messageId,
    );
    const closed = await team.execute(
      contact,
      'poll.close',
      buttons(invokeResult(manage).card, 'Dit moment kiezen')[0]!,
      posted.messageId,
    );
    return { ...posted, voter, card: invokeResult(closed).card! };
  }

  async function fetchIcs(card: unknown): Promise<{ status: number; body: string; type: string | null }> {
    const url = (JSON.stringify(card).match(/https:\/\/broedplaats\.test(\/api\/calendar\/[^"]+)/) ?? [])[1];
    if (!url) throw new Error('no calendar link on the card');
    const res = await fetch(`${bot.url}${url}`);
    return { status: res.status, body: await res.text(), type: res.headers.get('content-type') };
  }

  it('offers a calendar file in the right time zone in winter and in summer, only with a valid token', async () => {
    const winter = await scheduled([
      ['2027-03-16', '14:00', '16:30'],
      ['2027-03-17', '14:00', '16:30'],
    ]);
    const ics = await fetchIcs(winter.card);
    expect(ics.status).toBe(200);
    expect(ics.type).toContain('text/calendar');
    expect(ics.body).toContain('DTSTART:20270316T130000Z');
    expect(ics.body).toContain('DTEND:20270316T153000Z');
    expect(ics.body).toContain(`SUMMARY:Broedplaats ${b.network.name}: bijeenkomst 1`);
    expect(ics.body).toContain('LOCATION:Montessori Lyceum\\, Amsterdam');
    expect(ics.body).toContain(`UID:${winter.meeting.id}@broedplaats-bot`);

    const summer = await scheduled([
      ['2027-06-15', '14:00', '16:30'],
      ['2027-06-16', '14:00', '16:30'],
    ]);
    expect((await fetchIcs(summer.card)).body).toContain('DTSTART:20270615T120000Z');

    const link = (JSON.stringify(summer.card).match(/\/api\/calendar\/([^"]+)/) ?? [])[1]!;
    const [payload, sig] = link.split('.');
    for (const i of [0, 10, sig!.length - 1]) {
      const flipped = sig!.slice(0, i) + (sig![i] === 'A' ? 'B' : 'A') + sig!.slice(i + 1);
      expect((await fetch(`${bot.url}/api/calendar/${payload}.${flipped}`)).status).toBe(404);
    }
    const otherIds = Buffer.from(JSON.stringify(['ics', [b.id, winter.meeting.id], 4102444800])).toString(
      'base64url',
    );
    expect((await fetch(`${bot.url}/api/calendar/${otherIds}.${sig}`)).status).toBe(404);
    bot.clock.set('2027-08-01T00:00:00Z');
    expect((await fetch(`${bot.url}/api/calendar/${link}`)).status).toBe(410);
  });

  it('moves a scheduled meeting: only for contacts, checked, kept in the history, and everyone who voted is told', async () => {
    const { card, meeting, messageId, voter } = await scheduled(threeSlots);
    const outsider = makeUser('Olaf');
    expect(
      invokeResult(await team.execute(outsider, 'meeting.moveForm', button(card, 'Verplaatsen'), messageId))
        .message,
    ).toMatch(/Alleen een contactpersoon/);
    const form = await team.execute(contact, 'meeting.moveForm', button(card, 'Verplaatsen'), messageId);
    const formCard = invokeResult(form).card;
    expect(JSON.stringify(formCard)).toContain('"value":"2027-03-16"');
    const submit = button(formCard, 'Verplaatsen');
    const bad = await team.execute(
      contact,
      'meeting.move',
      { ...submit, date1: '2027-03-01', start1: '10:00', end1: '11:00' },
      messageId,
    );
    expect(cardText(invokeResult(bad).card)).toContain('Het nieuwe moment ligt in het verleden.');

    const voterChat = personalChat(bot, voter).id;
    const moved = await team.execute(
      contact,
      'meeting.move',
      { ...submit, date1: '2027-03-18', start1: '19:00', end1: '21:00' },
      messageId,
    );
    expect(cardText(invokeResult(moved).card)).toContain('Verplaatst (was: di 16 mrt 2027, 14:00–16:30).');
    const told = moved.calls.filter((c) => c.conversationId === voterChat);
    expect(told.map((c) => c.body.text)).toEqual([
      expect.stringContaining(
        'is verplaatst van di 16 mrt 2027, 14:00–16:30 naar **do 18 mrt 2027, 19:00–21:00**',
      ),
    ]);
    expect(moved.texts.join('\n')).toMatch(/is verplaatst van/);
    expect(updatesOf(moved.calls, messageId)).toHaveLength(1);
    const stored = await bot.store.meetings.get(b.id, meeting.id);
    expect(stored?.value).toMatchObject({
      start: '2027-03-18T18:00:00.000Z',
      end: '2027-03-18T20:00:00.000Z',
      moves: [
        {
          from: { start: '2027-03-16T13:00:00.000Z', end: '2027-03-16T15:30:00.000Z' },
          by: { aadObjectId: contact.aadObjectId },
        },
      ],
    });
    const ics = await fetchIcs(invokeResult(moved).card);
    expect(ics.body).toContain('DTSTART:20270318T180000Z');
    expect(ics.body).toContain('SEQUENCE:1');
  });

  it('cancels a scheduled meeting after a confirmation; everyone who voted is told and it cannot be moved any more', async () => {
    const { card, meeting, messageId, voter } = await scheduled(threeSlots);
    const ask = await team.execute(contact, 'meeting.cancelAsk', button(card, 'Afzeggen'), messageId);
    expect(cardText(invokeResult(ask).card)).toContain(
      'Weet je zeker dat je deze bijeenkomst wilt afzeggen?',
    );
    const kept = await team.execute(
      contact,
      'meeting.keep',
      button(invokeResult(ask).card, 'Nee, laat staan'),
      messageId,
    );
    expect(cardText(invokeResult(kept).card)).toContain('Het moment staat vast.');
    const cancelled = await team.execute(
      contact,
      'meeting.cancel',
      button(invokeResult(ask).card, 'Ja, afzeggen'),
      messageId,
    );
    expect(cardText(invokeResult(cancelled).card)).toContain('Deze bijeenkomst is afgezegd.');
    expect(
      cancelled.calls.filter((c) => c.conversationId === personalChat(bot, voter).id).map((c) => c.body.text),
    ).toEqual([expect.stringContaining('gaat niet door: de bijeenkomst is afgezegd')]);
    expect((await bot.store.meetings.get(b.id, meeting.id))?.value).toMatchObject({
      status: 'cancelled',
      cancelledBy: { aadObjectId: contact.aadObjectId },
    });
    const move = await team.execute(contact, 'meeting.moveForm', button(card, 'Verplaatsen'), messageId);
    expect(invokeResult(move).message).toMatch(/voorbij of afgezegd/);
  });

  it('refuses forged card actions: another conversation, another meeting, an unknown slot, and changes nothing', async () => {
    const { created, meeting, messageId } = await postPoll(threeSlots);
    const yes = buttons(created.cards[0], 'Ja')[0]!;
    const mallory = makeUser('Mallory');
    const elsewhere = await personalChat(bot, mallory).execute(mallory, 'poll.vote', yes, messageId);
    expect(invokeResult(elsewhere).message).toMatch(/hoort niet bij dit gesprek/);
    const wrongMeeting = await team.execute(mallory, 'poll.vote', { ...yes, meetingId: 'nope' }, messageId);
    expect(invokeResult(wrongMeeting).message).toMatch(/ken ik niet/);
    const other = await givenBroedplaats(bot, mallory, team);
    const crossed = await team.execute(mallory, 'poll.vote', { ...yes, broedplaatsId: other.id }, messageId);
    expect(invokeResult(crossed).message).toMatch(/ken ik niet/);
    const badSlot = await team.execute(mallory, 'poll.vote', { ...yes, slotId: 's9' }, messageId);
    expect(invokeResult(badSlot).message).toMatch(/ken ik niet/);
    const closeByMallory = await personalChat(bot, mallory).execute(
      mallory,
      'poll.close',
      { ...yes, verb: 'poll.close' },
      messageId,
    );
    expect(invokeResult(closeByMallory).message).toBeDefined();
    expect(await bot.store.meetings.votesOf(meeting.id)).toEqual([]);
    expect((await bot.store.meetings.get(b.id, meeting.id))?.value.status).toBe('polling');
  });

  it('answers malformed Action.Execute payloads with an error card, never a crash', async () => {
    const { messageId } = await postPoll(threeSlots);
    const payloads: unknown[] = [
      { broedplaatsId: b.id },
      { broedplaatsId: b.id, meetingId: 'x', slotId: 's1', answer: 'absolutely' },
      { broedplaatsId: 42, meetingId: null },
      'not an object',
      { broedplaatsId: 'x'.repeat(5000), meetingId: 'y', slotId: 's1', answer: 'yes' },
    ];
    for (const data of payloads) {
      const r = await team.post(team.executeActivity(makeUser('Fuzz'), 'poll.vote', data, messageId));
      expect(r.status).toBe(200);
      expect(cardText(invokeResult(r).card)).toMatch(/kaart die ik niet \(meer\) herken/);
    }
    const noVerb = await team.post(
      team.activity(contact, { type: 'invoke', name: 'adaptiveCard/action', value: {} }),
    );
    expect(noVerb.status).toBe(200);
  });

  it('keeps 100 votes cast at the same moment, exactly, and updates the shared card far fewer times', async () => {
    await bot.stop();
    bot = await startTestBot({
      tablePrefix: bot.config.tablePrefix,
      clock: bot.clock,
      cardUpdateGapMs: DEFAULT_GAP_MS,
    });
    team = new TestConversation(bot, team.id, 'channel');
    const { created, meeting, messageId } = await postPoll(threeSlots);
    const yes = buttons(created.cards[0], 'Ja')[1]!;
    const people = Array.from({ length: 100 }, (_, i) => makeUser(`Stemmer ${i}`));
    const mark = bot.connector.calls.length;
    const started = performance.now();
    const results = await Promise.all(people.map((p) => team.execute(p, 'poll.vote', yes, messageId)));
    const burstMs = performance.now() - started;
    expect(results.every((r) => r.status === 200 && invokeResult(r).card)).toBe(true);
    const votes = await bot.store.meetings.votesOf(meeting.id);
    expect(votes).toHaveLength(100);
    expect(votes.every((v) => v.slotId === 's2' && v.answer === 'yes')).toBe(true);
    const updates = updatesOf(bot.connector.since(mark), messageId);
    // At most one update per gap while the votes come in (and one after), however long the burst took here.
    expect(updates.length).toBeLessThanOrEqual(Math.ceil(burstMs / DEFAULT_GAP_MS) + 2);
    expect(updates.length).toBeLessThan(50);
    expect(cardText(updates[updates.length - 1])).toContain('Ja 100 · Misschien 0 · Nee 0');
    const refresh = (updates[updates.length - 1] as { refresh: { userIds: string[] } }).refresh;
    expect(refresh.userIds).toHaveLength(60);
  });

  it('posts the poll in the conversation the intake started in when the contact plans from a personal chat', async () => {
    const dm = personalChat(bot, contact);
    const form = await dm.say(contact, 'plan');
    expect(cardText(form.cards[0])).toContain('In het gesprek waar de intake begon');
    const result = await dm.execute(contact, 'plan.create', {
      ...button(form.cards[0], /Datumprikker plaatsen/),
      purpose: 'Eerste bijeenkomst',
      target: 'origin',
      ...slotsForm(threeSlots),
    });
    expect(cardText(invokeResult(result).card)).toContain(
      'De datumprikker staat in het gesprek waar de intake begon.',
    );
    const posted = result.calls.filter((c) => c.conversationId === team.id && c.kind === 'send');
    expect(posted).toHaveLength(1);
    expect(cardText(cardOf(posted[0]!))).toContain('Datumprikker: bijeenkomst 1');
    const meeting = (await bot.store.meetings.listFor(b.id))[0]!;
    expect(meeting.poll).toEqual({
      conversationId: team.id,
      messageId: expect.stringMatching(/^bot-msg-/),
      locale: 'nl',
    });
  });

  it('lets the facilitator named at the intake plan once a contact confirms the account with their e-mail address, and nobody else', async () => {
    const fien = makeUser('Fien Facilitator');
    const impostor = makeUser('Ivo');
    bot.connector.members.set(fien.id, {
      email: 'Fien@Procesbegeleiding.example',
      aadObjectId: fien.aadObjectId,
    });
    bot.connector.members.set(impostor.id, { email: 'ivo@example.org', aadObjectId: impostor.aadObjectId });
    const withFacilitator = await givenBroedplaats(bot, contact, team, {
      facilitator: { chosen: true, name: 'Fien', email: 'fien@procesbegeleiding.example' },
    });
    const refused = await personalChat(bot, impostor).say(impostor, 'plan');
    expect(refused.texts[0]).toMatch(/geen contactpersoon/);
    await personalChat(bot, contact).install(contact);
    const mark = bot.connector.calls.length;
    const waiting = await personalChat(bot, fien).say(fien, 'plan');
    expect(waiting.texts.join(' ')).toContain(
      'Een contactpersoon van de broedplaats bevestigt nog dat jij het bent',
    );
    expect((await bot.store.broedplaatsen.get(withFacilitator.id))?.value.facilitator).not.toHaveProperty(
      'aadObjectId',
    );
    const ask = bot.connector
      .since(mark)
      .filter((c) => c.conversationId === personalChat(bot, contact).id)
      .map((c) => cardOf(c))
      .find((c) => cardText(c).includes('Procesbegeleider bevestigen'))!;
    expect(cardText(ask)).toContain('Fien@Procesbegeleiding.example'.toLowerCase());
    const yes = executeActions(ask).find((a) => a.title === 'Ja, dit is onze procesbegeleider')!.data;
    const byImpostor = invokeResult(
      await personalChat(bot, impostor).execute(impostor, 'facilitator.confirm', yes),
    );
    expect(byImpostor.message).toContain('Alleen een contactpersoon van deze broedplaats');
    const confirmed = await personalChat(bot, contact).execute(contact, 'facilitator.confirm', yes);
    expect(cardText(invokeResult(confirmed).card)).toContain('is nu procesbegeleider van deze broedplaats');
    const toFien = confirmed.calls.filter((c) => c.conversationId === personalChat(bot, fien).id);
    expect(toFien.map((c) => JSON.stringify(c.body)).join(' ')).toContain(
      'heeft bevestigd dat je de procesbegeleider bent',
    );
    const form = await personalChat(bot, fien).say(fien, 'plan');
    expect(cardText(form.cards[0])).toContain(`Bijeenkomst 1 plannen – ${withFacilitator.network.name}`);
    const stored = await bot.store.broedplaatsen.get(withFacilitator.id);
    expect(stored?.value.facilitator).toMatchObject({ chosen: true, aadObjectId: fien.aadObjectId });
  });

  it('plans a meeting whose date is fixed already on that one moment: no poll, the card shows it fixed, and invitations, reminders and the reflection follow as after a closed poll', async () => {
    const dm = personalChat(bot, contact);
    await dm.install(contact);
    const form = await team.say(contact, 'plan');
    expect(cardText(form.cards[0])).toContain('Staat de datum al vast?');
    const fixedDate = button(form.cards[0], 'Vaste datum plaatsen');
    const values = { purpose: 'Eerste bijeenkomst', location: 'Montessori Lyceum, Amsterdam' };

    const two = await team.execute(contact, 'plan.create', {
      ...fixedDate,
      ...values,
      ...slotsForm(threeSlots.slice(0, 2)),
    });
    expect(cardText(invokeResult(two).card)).toContain('Bij een vaste datum vul je één moment in, niet 2.');
    const past = await team.execute(contact, 'plan.create', {
      ...fixedDate,
      ...values,
      ...slotsForm([['2027-03-01', '10:00', '12:00']]),
    });
    expect(cardText(invokeResult(past).card)).toContain('Moment 1 ligt in het verleden.');
    const none = await team.execute(contact, 'plan.create', { ...fixedDate, ...values });
    expect(cardText(invokeResult(none).card)).toContain('Vul het moment in waarop de bijeenkomst is');
    const oneAsPoll = await team.execute(contact, 'plan.create', {
      ...button(form.cards[0], /Datumprikker plaatsen/),
      ...values,
      ...slotsForm([['2027-03-16', '14:00', '16:00']]),
    });
    expect(cardText(invokeResult(oneAsPoll).card)).toContain('Stel minstens 2 momenten voor.');
    expect(cardText(invokeResult(oneAsPoll).card)).toContain('Kies dan "Vaste datum plaatsen"');
    expect(await bot.store.meetings.listFor(b.id)).toEqual([]);

    const created = await team.execute(contact, 'plan.create', {
      ...fixedDate,
      ...values,
      ...slotsForm([['2027-03-16', '14:00', '16:00']]),
    });
    expect(cardText(invokeResult(created).card)).toContain(
      'De bijeenkomst staat vast: di 16 mrt 2027, 14:00–16:00. De kaart met de agenda-link staat hieronder.',
    );
    expect(created.cards).toHaveLength(1);
    const card = created.cards[0]!;
    expect(cardText(card)).toContain(`Bijeenkomst 1 van ${b.network.name}`);
    expect(cardText(card)).toContain('Het moment staat vast.');
    expect(cardText(card)).toContain('di 16 mrt 2027, 14:00–16:00');
    expect(cardText(card)).not.toMatch(/Datumprikker|Peiling sluiten|Ja 0/);
    expect(executeActions(card).map((a) => a.title)).toEqual(['Verplaatsen', 'Afzeggen']);
    expect((card as { refresh?: unknown }).refresh).toBeUndefined();
    const ics = await fetchIcs(card);
    expect(ics.body).toContain('DTSTART:20270316T130000Z');
    const [meeting] = await bot.store.meetings.listFor(b.id);
    expect(meeting).toMatchObject({
      status: 'scheduled',
      slots: [{ id: 's1', start: '2027-03-16T13:00:00.000Z', end: '2027-03-16T15:00:00.000Z' }],
      chosenSlotId: 's1',
      start: '2027-03-16T13:00:00.000Z',
      end: '2027-03-16T15:00:00.000Z',
      closedBy: { aadObjectId: contact.aadObjectId },
      poll: { conversationId: team.id, messageId: expect.stringMatching(/^bot-msg-/) },
    });
    expect(await bot.store.meetings.votesOf(meeting!.id)).toEqual([]);

    // Invited afterwards: the invitation names the moment, the silent invitee is reminded, those coming reflect.
    const [comes, silent] = [makeUser('Anna Accepteert'), makeUser('Stijn Stil')];
    for (const u of [comes, silent]) await personalChat(bot, u).install(u);
    const inviteForm = await dm.say(contact, 'uitnodigen');
    await dm.execute(contact, 'invite.create', {
      ...button(inviteForm.cards[0], 'Uitnodigingen versturen'),
      people: `${comes.aadObjectId},${silent.aadObjectId}`,
      peopleCategory: 'ocw',
    });
    const invitation = cardOf(
      bot.connector.calls.filter((c) => c.conversationId === personalChat(bot, comes).id).pop()!,
    );
    expect(cardText(invitation)).toContain('di 16 mrt 2027, 14:00–16:00');
    expect(cardText(invitation)).not.toContain('datum wordt nog gekozen');
    await personalChat(bot, comes).execute(comes, 'rsvp.answer', button(invitation, 'Ik kom'));

    bot.clock.set('2027-03-09T13:00:01Z');
    let mark = bot.connector.calls.length;
    await bot.runJobs();
    const reminded = bot.connector.since(mark).filter((c) => c.kind === 'send');
    expect(reminded.map((c) => c.conversationId)).toEqual([personalChat(bot, silent).id]);
    expect(cardText(cardOf(reminded[0]!))).toContain('Herinnering: je hebt nog niet laten weten of je komt.');

    bot.clock.set('2027-03-16T16:00:01Z');
    mark = bot.connector.calls.length;
    await bot.runJobs();
    const asked = bot.connector
      .since(mark)
      .filter((c) => c.kind === 'send' && cardText(cardOf(c)).includes('Reflectie:'))
      .map((c) => c.conversationId)
      .sort();
    expect(asked).toEqual([dm.id, personalChat(bot, comes).id].sort());
  });

  it('plans a fixed date in English for an English client, and says so in English', async () => {
    const english = { ...contact, locale: 'en-GB' };
    const form = await team.say(english, 'plan');
    const created = await team.execute(english, 'plan.create', {
      ...button(form.cards[0], 'Post fixed date'),
      purpose: 'First meeting',
      ...slotsForm([['2027-03-16', '14:00', '16:00']]),
    });
    expect(cardText(invokeResult(created).card)).toContain(
      'The meeting is fixed: Tue 16 Mar 2027, 14:00–16:00. Its card with the calendar link is below.',
    );
    expect(cardText(created.cards[0])).toContain('The moment is fixed.');
  });

  it('plans the second meeting with its own purpose, and says when all three are planned', async () => {
    await postPoll(threeSlots);
    const second = await team.say(contact, 'plan');
    expect(cardText(second.cards[0])).toContain('Bijeenkomst 2 plannen');
    expect(cardText(second.cards[0])).toContain('welke interne en externe belemmeringen');
    await postPoll(threeSlots);
    await postPoll(threeSlots);
    const fourth: TurnResult = await team.say(contact, 'plan');
    expect(everything(fourth)).toMatch(/Alle 3 bijeenkomsten van deze broedplaats zijn al gepland/);
  });
});
