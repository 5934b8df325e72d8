import { randomUUID } from 'node:crypto';
import type { Broedplaats } from '../../src/domain/broedplaats';
import type { Meeting } from '../../src/domain/meeting';
import { cardOf, buttonData, cardText, executeActions, sentInto } from '../driver/connector';
import {
  channel,
  invokeResult,
  makeUser,
  personalChat,
  type TestConversation,
  type TestUser,
} from '../driver/conversation';
import { givenBroedplaats } from '../driver/factories';
import { startOtherInstance, startTestBot, type TestBot } from '../driver/test-bot';

/** Clock: Tuesday 2 March 2027, 10:00 in the Netherlands; the meeting is on Tuesday 16 March, 14:00. */
const NOW = '2027-03-02T09:00:00Z';
const START = '2027-03-16T13:00:00.000Z';
const END = '2027-03-16T15:30:00.000Z';

async function givenScheduledMeeting(
  bot: TestBot,
  b: Broedplaats,
  team: TestConversation,
  start = START,
  end = END,
): Promise<Meeting> {
  const m: Meeting = {
    version: 1,
    id: randomUUID(),
    broedplaatsId: b.id,
    number: 1,
    purpose: 'Eerste bijeenkomst over flexibele examinering',
    location: 'Amsterdam',
    status: 'scheduled',
    slots: [{ id: 's1', start, end }],
    chosenSlotId: 's1',
    start,
    end,
    poll: { conversationId: team.id, messageId: 'poll-msg' },
    createdBy: { aadObjectId: b.contacts[0]!.aadObjectId, id: 'x', name: b.contacts[0]!.name },
    createdAt: NOW,
    moves: [],
  };
  await bot.store.meetings.create(m);
  return m;
}

describe('stakeholder invitations with RSVP cards and reminders', () => {
  let bot: TestBot;
  let team: TestConversation;
  let contact: TestUser;
  let b: Broedplaats;
  let meeting: Meeting;
  let ocw: TestUser;

  beforeEach(async () => {
    bot = await startTestBot();
    bot.clock.set(NOW);
    team = channel(bot, 'broedplaats-020');
    contact = makeUser('Carla Contact');
    await personalChat(bot, contact).install(contact);
    await team.say(contact, 'hulp');
    b = await givenBroedplaats(bot, contact, team);
    meeting = await givenScheduledMeeting(bot, b, team);
    ocw = makeUser('Olivier OCW');
    await personalChat(bot, ocw).install(ocw);
  });
  afterEach(async () => bot.stop());

  /** The contact invites through the form (from their personal chat); returns the turn. */
  async function invite(values: Record<string, string>) {
    const dm = personalChat(bot, contact);
    const form = await dm.say(contact, 'uitnodigen');
    const submit = buttonData(form.cards[0], 'Uitnodigingen versturen');
    return dm.execute(contact, 'invite.create', { ...submit, ...values });
  }

  async function invitationOf(aad: string) {
    return (await bot.store.invitations.listFor(meeting.id)).find((i) => i.invitee.aadObjectId === aad)!;
  }

  it('shows the form with the parties the network asked for at the intake', async () => {
    const form = await personalChat(bot, contact).say(contact, 'uitnodigen');
    const text = cardText(form.cards[0]);
    expect(text).toContain(`Uitnodigen voor bijeenkomst 1 van ${b.network.name}`);
    expect(text).toContain(
      'Bij de intake wilde het netwerk graag aan tafel: Ministerie van OCW, Inspectie van het Onderwijs.',
    );
    expect(JSON.stringify(form.cards[0])).toContain('"dataset":"graph.microsoft.com/users"');
  });

  it('delivers 1:1 when the bot can reach the invitee, opens a chat otherwise, and tells the contact who got what', async () => {
    const inspector = makeUser('Ilse Inspectie');
    // A colleague in the tenant who shares no chat with the bot yet: Teams names her in the 1:1 chat it opens.
    bot.connector.members.set(inspector.id, {
      email: 'ilse@inspectie.example',
      aadObjectId: inspector.aadObjectId,
      name: inspector.name,
      conversations: [],
    });
    const result = await invite({
      people: `${ocw.aadObjectId},${inspector.aadObjectId}`,
      peopleCategory: 'ocw',
      name1: 'Rob Researcher',
      organisation1: 'Universiteit Utrecht',
      category1: 'onderzoek',
      email1: 'rob@uu.example',
      reason: 'Jullie kennis van de examenregels helpt ons verder.',
    });
    const notice = cardText(invokeResult(result).card);
    expect(notice).toContain('Persoonlijk in Teams verstuurd aan: Olivier OCW, Ilse Inspectie.');
    expect(notice).toContain(
      'Niet via Teams bereikbaar: Rob Researcher. Zij antwoorden via een persoonlijke link',
    );
    const texts = result.cards.find((c) => cardText(c).includes('Uitnodigingen om te mailen'));
    expect(cardText(texts)).toContain('Voor Rob Researcher (rob@uu.example)');
    expect(JSON.stringify(texts)).toMatch(/https:\/\/broedplaats\.test\/rsvp\/[\w-]+\.[\w-]+\?lang=nl/);
    const toOcw = sentInto(result.calls, personalChat(bot, ocw).id);
    expect(toOcw).toHaveLength(1);
    const card = cardText(cardOf(toOcw[0]!));
    expect(card).toContain(`Uitnodiging: broedplaats ${b.network.name}`);
    expect(card).toContain('Carla Contact nodigt je uit voor bijeenkomst 1.');
    expect(card).toContain(b.question);
    expect(card).toContain('di 16 mrt 2027, 14:00–16:30');
    expect(card).toContain('Jullie kennis van de examenregels helpt ons verder.');
    expect(card).toContain('Ik kom');
    const created = result.calls.find((c) => c.kind === 'createConversation');
    expect(created?.body).toMatchObject({ members: [{ id: inspector.aadObjectId }] });
    const stored = await bot.store.invitations.listFor(meeting.id);
    expect(stored).toHaveLength(3);
    expect(stored.find((i) => i.invitee.aadObjectId === ocw.aadObjectId)).toMatchObject({
      invitee: { name: 'Olivier OCW', category: 'ocw' },
      delivery: { via: '1:1', conversationId: personalChat(bot, ocw).id },
      reason: 'Jullie kennis van de examenregels helpt ons verder.',
    });
    expect(stored.find((i) => i.invitee.aadObjectId === inspector.aadObjectId)).toMatchObject({
      invitee: { name: 'Ilse Inspectie', category: 'ocw' },
      delivery: { via: '1:1', conversationId: expect.stringMatching(/^a:created-/) },
    });
    expect(stored.find((i) => i.invitee.email === 'rob@uu.example')).toMatchObject({
      invitee: { name: 'Rob Researcher', organisation: 'Universiteit Utrecht', category: 'onderzoek' },
      delivery: { via: 'none' },
    });
    const tally = result.cards.find((c) => cardText(c).includes('Wie komt er'));
    expect(cardText(tally)).toContain(
      'Komt 0 · Misschien 0 · Kan niet 0 · Stuurt iemand 0 · Nog geen antwoord 3',
    );
  });

  it('posts the invitation in the network conversation with an @mention when a 1:1 chat is impossible', async () => {
    const guest = makeUser('Gerda Gast');
    bot.connector.members.set(guest.id, {
      email: 'gerda@voraad.example',
      aadObjectId: guest.aadObjectId,
      name: guest.name,
      conversations: [team.id],
    });
    bot.connector.script = (c) =>
      c.kind === 'createConversation'
        ? { status: 403, body: { error: { code: 'BotNotInConversationRoster' } } }
        : undefined;
    const result = await invite({ people: guest.aadObjectId, peopleCategory: 'vo-raad' });
    const inChannel = sentInto(result.calls, team.id);
    expect(inChannel).toHaveLength(1);
    expect(inChannel[0]!.body.entities).toEqual([
      {
        type: 'mention',
        text: '<at>Gerda Gast</at>',
        mentioned: { id: guest.aadObjectId, name: 'Gerda Gast' },
      },
    ]);
    expect((await invitationOf(guest.aadObjectId)).delivery.via).toBe('conversation');
    expect(cardText(invokeResult(result).card)).toMatch(/In het gesprek van het netwerk geplaatst voor/);
  });

  it('shows the invitation in the channel read-only, and refreshes it into the answerable card for the invitee alone', async () => {
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
    const result = await invite({ people: guest.aadObjectId, peopleCategory: 'vo-raad' });
    const shared = cardOf(sentInto(result.calls, team.id)[0]!) as {
      refresh?: { userIds: string[]; action: { data: Record<string, unknown> } };
    };
    expect(cardText(shared)).toContain('Deze uitnodiging is voor Gerda Gast; alleen die kan antwoorden.');
    expect(executeActions(shared).filter((a) => a.data.verb === 'rsvp.answer')).toEqual([]);
    expect(shared.refresh?.userIds).toEqual([guest.id]);
    const mine = await team.execute(guest, 'rsvp.refresh', shared.refresh!.action.data);
    expect(cardText(invokeResult(mine).card)).toContain('Ik kom');
    const someoneElse = makeUser('Sam');
    const theirs = await team.execute(someoneElse, 'rsvp.refresh', shared.refresh!.action.data);
    expect(cardText(invokeResult(theirs).card)).toContain('alleen die kan antwoorden');
    expect(cardText(invokeResult(theirs).card)).not.toContain('Ik kom');
    const answered = await team.execute(guest, 'rsvp.answer', buttonData(invokeResult(mine).card, 'Ik kom'));
    expect(cardText(invokeResult(answered).card)).toContain('Jouw antwoord: komt');
  });

  it("takes every kind of answer from the invitee only, keeps one row, and keeps the contact's tally current", async () => {
    const result = await invite({ people: ocw.aadObjectId, peopleCategory: 'ocw' });
    const card = cardOf(sentInto(result.calls, personalChat(bot, ocw).id)[0]!);
    const chat = personalChat(bot, ocw);
    const tallyId = (await bot.store.meetings.get(b.id, meeting.id))!.value.rsvpCard!.messageId;

    const accepted = await chat.execute(ocw, 'rsvp.answer', {
      ...buttonData(card, 'Ik kom'),
      note: 'Ik neem een collega mee',
    });
    expect(cardText(invokeResult(accepted).card)).toContain('Jouw antwoord: komt');
    expect(cardText(invokeResult(accepted).card)).toContain('Je antwoord is opgeslagen');
    const update = accepted.calls.find((c) => c.kind === 'update' && c.activityId === tallyId);
    expect(cardText(cardOf(update!))).toContain('Komt 1 · Misschien 0');
    expect(cardText(cardOf(update!))).toContain('Ik neem een collega mee');

    await chat.execute(ocw, 'rsvp.answer', buttonData(card, 'Misschien'));
    await chat.execute(ocw, 'rsvp.answer', buttonData(card, 'Ik kan niet'));
    const delegated = await chat.execute(ocw, 'rsvp.answer', {
      ...buttonData(card, 'Doorgeven'),
      delegateName: 'Dirk Delegé',
      delegateEmail: 'dirk@minocw.example',
    });
    expect(cardText(invokeResult(delegated).card)).toContain('Jouw antwoord: stuurt iemand anders');
    const rsvps = await bot.store.invitations.rsvpsOf(meeting.id);
    expect(rsvps).toEqual([
      expect.objectContaining({
        answer: 'delegated',
        delegate: { name: 'Dirk Delegé', email: 'dirk@minocw.example' },
      }),
    ]);
    const last = delegated.calls.find((c) => c.kind === 'update' && c.activityId === tallyId);
    expect(cardText(cardOf(last!))).toContain('Stuurt iemand 1');
    expect(cardText(cardOf(last!))).toContain('stuurt Dirk Delegé');

    const missing = await chat.execute(ocw, 'rsvp.answer', {
      ...buttonData(card, 'Doorgeven'),
      delegateName: 'D',
      delegateEmail: '',
    });
    expect(cardText(invokeResult(missing).card)).toContain(
      'Vul de naam en het e-mailadres in van wie je stuurt.',
    );
  });

  it('refuses an answer by anyone but the invitee, and forged ids, changing nothing', async () => {
    const result = await invite({ people: ocw.aadObjectId, peopleCategory: 'ocw' });
    const data = buttonData(cardOf(sentInto(result.calls, personalChat(bot, ocw).id)[0]!), 'Ik kom');
    const mallory = makeUser('Mallory');
    const forged = await personalChat(bot, mallory).execute(mallory, 'rsvp.answer', data);
    expect(invokeResult(forged).message).toMatch(/niet voor jou/);
    const otherBroedplaats = await givenBroedplaats(bot, mallory, team);
    const crossed = await personalChat(bot, ocw).execute(ocw, 'rsvp.answer', {
      ...data,
      broedplaatsId: otherBroedplaats.id,
    });
    expect(invokeResult(crossed).message).toMatch(/ken ik niet/);
    expect(await bot.store.invitations.rsvpsOf(meeting.id)).toEqual([]);
  });

  it('tells the contact at once of a decline or delegate within three days of the meeting, not earlier', async () => {
    const result = await invite({ people: ocw.aadObjectId, peopleCategory: 'ocw' });
    const card = cardOf(sentInto(result.calls, personalChat(bot, ocw).id)[0]!);
    const contactChat = personalChat(bot, contact).id;
    const early = await personalChat(bot, ocw).execute(ocw, 'rsvp.answer', buttonData(card, 'Ik kan niet'));
    expect(sentInto(early.calls, contactChat)).toHaveLength(0);
    await personalChat(bot, ocw).execute(ocw, 'rsvp.answer', buttonData(card, 'Ik kom'));
    bot.clock.set('2027-03-14T09:00:00Z');
    const late = await personalChat(bot, ocw).execute(ocw, 'rsvp.answer', buttonData(card, 'Ik kan niet'));
    const alert = sentInto(late.calls, contactChat);
    expect(alert.map((c) => c.body.text)).toEqual([
      expect.stringMatching(
        /Let op: \*\*Olivier OCW\*\* kan niet voor Bijeenkomst 1 van .* \(di 16 mrt 2027, 14:00–16:30\)/,
      ),
    ]);
    bot.clock.set('2027-03-16T13:30:00Z');
    const afterStart = await personalChat(bot, ocw).execute(ocw, 'rsvp.answer', buttonData(card, 'Ik kom'));
    expect(cardText(invokeResult(afterStart).card)).toContain('Antwoorden kan niet meer');
    expect((await bot.store.invitations.rsvpsOf(meeting.id))[0]!.answer).toBe('declined');
  });

  it('reminds those who have not answered 7 and 2 days before, each reminder once, never after an answer', async () => {
    const other = makeUser('Vera VO-raad');
    await personalChat(bot, other).install(other);
    await invite({ people: `${ocw.aadObjectId},${other.aadObjectId}`, peopleCategory: 'ocw' });
    const ocwChat = personalChat(bot, ocw).id;
    const otherChat = personalChat(bot, other).id;
    const card = cardOf(
      bot.connector.calls.filter((c) => c.conversationId === ocwChat && c.kind === 'send').pop()!,
    );
    await personalChat(bot, ocw).execute(ocw, 'rsvp.answer', buttonData(card, 'Ik kom'));

    bot.clock.set('2027-03-09T12:00:00Z');
    expect(await bot.runJobs()).toBe(0);
    bot.clock.set('2027-03-09T13:00:01Z');
    let mark = bot.connector.calls.length;
    expect(await bot.runJobs()).toBe(2);
    const first = bot.connector.since(mark);
    expect(sentInto(first, otherChat).map((c) => cardText(cardOf(c)))).toEqual([
      expect.stringContaining('Herinnering: je hebt nog niet laten weten of je komt.'),
    ]);
    expect(sentInto(first, ocwChat)).toHaveLength(0);
    mark = bot.connector.calls.length;
    await bot.runJobs();
    expect(bot.connector.since(mark)).toHaveLength(0);

    bot.clock.set('2027-03-14T13:00:01Z');
    mark = bot.connector.calls.length;
    await bot.runJobs();
    expect(sentInto(bot.connector.since(mark), otherChat)).toHaveLength(1);
    const otherCard = cardOf(bot.connector.since(mark).find((c) => c.conversationId === otherChat)!);
    await personalChat(bot, other).execute(other, 'rsvp.answer', buttonData(otherCard, 'Misschien'));
    mark = bot.connector.calls.length;
    bot.clock.set('2027-03-15T13:00:01Z');
    await bot.runJobs();
    expect(bot.connector.since(mark)).toHaveLength(0);
  });

  it('moves the reminders with the meeting and drops them when it is cancelled', async () => {
    await invite({ people: ocw.aadObjectId, peopleCategory: 'ocw' });
    const inv = await invitationOf(ocw.aadObjectId);
    expect((await bot.store.jobs.get(`rsvp-reminder|${inv.id}|7`))?.value.dueAt).toBe(
      '2027-03-09T13:00:00.000Z',
    );
    const shared = await team.execute(
      contact,
      'meeting.moveForm',
      { verb: 'meeting.moveForm', broedplaatsId: b.id, meetingId: meeting.id },
      'poll-msg',
    );
    const submit = executeActions(invokeResult(shared).card).find((a) => a.title === 'Verplaatsen')!.data;
    const moved = await team.execute(
      contact,
      'meeting.move',
      { ...submit, date1: '2027-03-30', start1: '14:00', end1: '16:00' },
      'poll-msg',
    );
    expect(sentInto(moved.calls, personalChat(bot, ocw).id).map((c) => c.body.text)).toEqual([
      expect.stringContaining('is verplaatst'),
    ]);
    expect((await bot.store.jobs.get(`rsvp-reminder|${inv.id}|7`))?.value.dueAt).toBe(
      '2027-03-23T12:00:00.000Z',
    );
    expect((await bot.store.jobs.get(`rsvp-reminder|${inv.id}|2`))?.value.dueAt).toBe(
      '2027-03-28T12:00:00.000Z',
    );
    await team.execute(
      contact,
      'meeting.cancel',
      { verb: 'meeting.cancel', broedplaatsId: b.id, meetingId: meeting.id },
      'poll-msg',
    );
    expect(await bot.store.jobs.get(`rsvp-reminder|${inv.id}|7`)).toBeUndefined();
    expect(await bot.store.jobs.get(`rsvp-reminder|${inv.id}|2`)).toBeUndefined();
  });

  it('keeps 200 answers given at the same moment, one row each, with an exact tally', async () => {
    const invitees = Array.from({ length: 200 }, (_, i) => makeUser(`Genodigde ${i}`));
    const nowIso = bot.clock.now().toISOString();
    for (const [i, u] of invitees.entries()) {
      await bot.store.invitations.create({
        version: 1,
        id: `inv-${i}`,
        broedplaatsId: b.id,
        meetingId: meeting.id,
        invitee: { name: u.name, category: 'anders', aadObjectId: u.aadObjectId },
        invitedBy: { aadObjectId: contact.aadObjectId, id: contact.id, name: contact.name },
        invitedAt: nowIso,
        delivery: { via: '1:1' },
      });
    }
    const answers = ['accepted', 'tentative', 'declined', 'delegated'] as const;
    const results = await Promise.all(
      invitees.map((u, i) =>
        personalChat(bot, u).execute(u, 'rsvp.answer', {
          verb: 'rsvp.answer',
          broedplaatsId: b.id,
          meetingId: meeting.id,
          invitationId: `inv-${i}`,
          answer: answers[i % 4],
          delegateName: 'Iemand Anders',
          delegateEmail: 'iemand@example.org',
        }),
      ),
    );
    expect(
      results.every(
        (r) => r.status === 200 && cardText(invokeResult(r).card).includes('Je antwoord is opgeslagen'),
      ),
    ).toBe(true);
    const rsvps = await bot.store.invitations.rsvpsOf(meeting.id);
    expect(rsvps).toHaveLength(200);
    for (const a of answers) expect(rsvps.filter((r) => r.answer === a)).toHaveLength(50);
  }, 120_000);
});

describe('the job engine and the outbox under load and failure', () => {
  let bot: TestBot;
  let team: TestConversation;
  let contact: TestUser;
  let b: Broedplaats;

  beforeEach(async () => {
    bot = await startTestBot();
    bot.clock.set(NOW);
    team = channel(bot, 'netwerk');
    contact = makeUser('Carla');
    await team.say(contact, 'hulp');
    b = await givenBroedplaats(bot, contact, team);
    await givenScheduledMeeting(bot, b, team);
  });
  afterEach(async () => bot.stop());

  /** `n` invitees with a personal chat, invited by the contact; returns them. */
  async function invited(n: number): Promise<TestUser[]> {
    const people = Array.from({ length: n }, (_, i) => makeUser(`Persoon ${i}`));
    for (const p of people) await personalChat(bot, p).install(p);
    const dm = personalChat(bot, contact);
    const form = await dm.say(contact, 'uitnodigen');
    const submit = executeActions(form.cards[0]).find((a) => a.title === 'Uitnodigingen versturen')!.data;
    await dm.execute(contact, 'invite.create', {
      ...submit,
      people: people.map((p) => p.aadObjectId).join(','),
      peopleCategory: 'anders',
    });
    return people;
  }

  it('sends every reminder exactly once when two bot instances run the due jobs at the same moment', async () => {
    const people = await invited(12);
    const second = await startOtherInstance(bot);
    try {
      bot.clock.set('2027-03-09T13:00:01Z');
      const mark = bot.connector.calls.length;
      const [a, c] = await Promise.all([bot.runJobs(), second.runJobs()]);
      expect(a + c).toBe(12);
      const reminders = bot.connector.since(mark).filter((call) => call.kind === 'send');
      expect(reminders).toHaveLength(12);
      expect(new Set(reminders.map((r) => r.conversationId)).size).toBe(12);
      expect(new Set(reminders.map((r) => r.conversationId))).toEqual(
        new Set(people.map((p) => personalChat(bot, p).id)),
      );
    } finally {
      await second.stop();
    }
  });

  it('delivers everything when Teams answers 429 with Retry-After for a while, keeps the pace and sends nothing twice', async () => {
    await invited(3);
    let refused = 0;
    bot.connector.script = (c) => {
      if (c.kind === 'send' && refused < 4) {
        refused++;
        return { status: 429, headers: { 'retry-after': '1' }, body: { error: { code: 'TooManyRequests' } } };
      }
      return undefined;
    };
    bot.clock.set('2027-03-09T13:00:01Z');
    const mark = bot.connector.calls.length;
    const started = Date.now();
    await bot.runJobs();
    // A reminder Teams holds back past its job's try waits in the outbox: the poller's next run brings it.
    await bot.runJobs();
    const sends = bot.connector.since(mark).filter((c) => c.kind === 'send');
    expect(refused).toBe(4);
    expect(sends).toHaveLength(3);
    expect(new Set(sends.map((s) => s.conversationId)).size).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(await bot.store.undelivered.list(b.id)).toEqual([]);
  });

  it("keeps Teams' pace in one conversation: no more than 7 messages a second, 8 in 2 seconds", async () => {
    const others = Array.from({ length: 10 }, (_, i) => makeUser(`Gast ${i}`));
    for (const p of others)
      bot.connector.members.set(p.id, {
        email: 'gast@example.org',
        aadObjectId: p.aadObjectId,
        name: p.name,
        conversations: [team.id],
      });
    bot.connector.script = (c) =>
      c.kind === 'createConversation'
        ? { status: 403, body: { error: { code: 'BotNotInConversationRoster' } } }
        : undefined;
    const dm = personalChat(bot, contact);
    const form = await dm.say(contact, 'uitnodigen');
    const submit = executeActions(form.cards[0]).find((a) => a.title === 'Uitnodigingen versturen')!.data;
    const stamps: number[] = [];
    const original = bot.connector.script;
    bot.connector.script = (c) => {
      if (c.kind === 'send' && c.conversationId === team.id) stamps.push(Date.now());
      return original(c);
    };
    await dm.execute(contact, 'invite.create', {
      ...submit,
      people: others.map((p) => p.aadObjectId).join(','),
      peopleCategory: 'anders',
    });
    await bot.runJobs();
    bot.clock.set('2027-03-02T09:01:00Z');
    for (let i = 0; i < 10 && stamps.length < 10; i++) {
      bot.clock.set(new Date(bot.clock.now().getTime() + 60_000).toISOString());
      await bot.runJobs();
    }
    expect(stamps).toHaveLength(10);
    for (let i = 7; i < stamps.length; i++) expect(stamps[i]! - stamps[i - 7]!).toBeGreaterThanOrEqual(990);
    for (let i = 8; i < stamps.length; i++) expect(stamps[i]! - stamps[i - 8]!).toBeGreaterThanOrEqual(1990);
  });

  it('finishes a job after a crash between claiming it and sending: the next instance takes it when the lease ends', async () => {
    await invited(1);
    bot.clock.set('2027-03-09T13:00:01Z');
    const [due] = await bot.store.jobs.due(bot.clock.now().toISOString(), 10);
    await bot.store.jobs.claim(
      due!,
      'crashed-instance',
      new Date(bot.clock.now().getTime() + 120_000).toISOString(),
    );
    await bot.restart();
    let mark = bot.connector.calls.length;
    expect(await bot.runJobs()).toBe(0);
    expect(bot.connector.since(mark)).toHaveLength(0);
    bot.clock.set('2027-03-09T13:02:02Z');
    mark = bot.connector.calls.length;
    expect(await bot.runJobs()).toBe(1);
    expect(bot.connector.since(mark).filter((c) => c.kind === 'send')).toHaveLength(1);
    expect(await bot.store.jobs.finished(due!.value.id)).toMatchObject({ outcome: 'done' });
    mark = bot.connector.calls.length;
    await bot.runJobs();
    expect(bot.connector.since(mark)).toHaveLength(0);
  });

  it('records a message Teams refuses for good as undelivered, for the project lead to see', async () => {
    const [person] = await invited(1);
    bot.connector.script = (c) =>
      c.kind === 'send' && c.conversationId === personalChat(bot, person!).id
        ? { status: 403, body: { error: { code: 'ConversationBlockedByUser', message: 'blocked' } } }
        : undefined;
    bot.clock.set('2027-03-09T13:00:01Z');
    await bot.runJobs();
    expect(await bot.store.undelivered.list(b.id)).toEqual([
      expect.objectContaining({
        purpose: 'rsvp-reminder',
        reason: '403 ConversationBlockedByUser',
        recipient: 'Persoon 0',
      }),
    ]);
  });
});
