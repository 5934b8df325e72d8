// Small factories for stored fixtures (a broedplaats ready to plan for, …), so tests need not replay an intake.
import { randomUUID } from 'node:crypto';
import type { Broedplaats } from '../../src/domain/broedplaats';
import type { FollowUp } from '../../src/domain/followup';
import type { Invitation, Rsvp } from '../../src/domain/invitation';
import type { Meeting } from '../../src/domain/meeting';
import { executeActions } from './connector';
import type { TestConversation, TestUser } from './conversation';
import type { TestBot } from './test-bot';

/** Stores a broedplaats with `contact` as its contact, started in `origin`; returns it. */
export async function givenBroedplaats(
  bot: TestBot,
  contact: TestUser,
  origin: TestConversation,
  overrides: Partial<Broedplaats> = {},
): Promise<Broedplaats> {
  const id = randomUUID();
  const now = bot.clock.now().toISOString();
  const b: Broedplaats = {
    version: 1,
    id,
    network: {
      id: randomUUID(),
      name: `Netwerk ${id.slice(0, 6)}`,
      kind: 'regionaal',
      schoolCount: 5,
      createdAt: now,
    },
    question: 'Hoe ver mag je als school gaan in het flexibel en gedifferentieerd aanbieden van examens?',
    tried: 'Vakken eerder afsluiten.',
    systemBarriers: ['examenregels'],
    systemNowhere: false,
    theme: 'examinering',
    stakeholders: ['ocw', 'inspectie'],
    research: { wish: 'ja', topic: 'schoolexamens' },
    facilitator: { chosen: false },
    meetings: { count: 2, period: 'voorjaar 2027' },
    contacts: [{ aadObjectId: contact.aadObjectId, name: contact.name }],
    createdBy: { aadObjectId: contact.aadObjectId, name: contact.name },
    createdAt: now,
    origin: { conversationId: origin.id, kind: origin.type, tenantId: origin.tenantId },
    ...overrides,
  };
  await bot.store.broedplaatsen.create(b);
  return b;
}

/**
 * The contact plans a meeting through the cards (`plan`, the form, closing the poll on its first slot) in
 * `where`; returns the scheduled meeting and its card's message id.
 */
export async function givenScheduledThroughCards(
  bot: TestBot,
  where: TestConversation,
  contact: TestUser,
  b: Broedplaats,
  slot: { date: string; start: string; end: string },
  extra: Record<string, string> = {},
): Promise<{ meeting: Meeting; messageId: string }> {
  const form = await where.say(contact, 'plan');
  const submit = executeActions(form.cards[0]).find((a) => a.data.verb === 'plan.create')?.data ?? {};
  await where.execute(contact, 'plan.create', {
    ...submit,
    purpose: 'Eerste bijeenkomst',
    date1: slot.date,
    start1: slot.start,
    end1: slot.end,
    date2: slot.date,
    start2: '08:00',
    end2: '08:30',
    ...extra,
  });
  const meetings = await bot.store.meetings.listFor(b.id);
  const polling = meetings[meetings.length - 1]!;
  const messageId = polling.poll.messageId ?? '';
  const ids = { broedplaatsId: b.id, meetingId: polling.id };
  await where.execute(contact, 'poll.close', { verb: 'poll.close', ...ids, slotId: 's1' }, messageId);
  const meeting = (await bot.store.meetings.get(b.id, polling.id))!.value;
  return { meeting, messageId };
}

/** Stores a meeting of `b` directly (scheduled at `start`–`end`, UTC ISO), for tests about what is shown. */
export async function givenMeeting(
  bot: TestBot,
  b: Broedplaats,
  at: { start: string; end: string },
  overrides: Partial<Meeting> = {},
): Promise<Meeting> {
  const existing = await bot.store.meetings.listFor(b.id);
  const contact = b.contacts[0] ?? { aadObjectId: '', name: '' };
  const person = { aadObjectId: contact.aadObjectId, id: `29:${contact.aadObjectId}`, name: contact.name };
  const m: Meeting = {
    version: 1,
    id: randomUUID(),
    broedplaatsId: b.id,
    number: existing.length + 1,
    purpose: 'Verkennen van de ruimte in de regels',
    status: 'scheduled',
    slots: [{ id: 's1', ...at }],
    chosenSlotId: 's1',
    ...at,
    poll: { conversationId: b.origin.conversationId },
    createdBy: person,
    createdAt: bot.clock.now().toISOString(),
    moves: [],
    ...overrides,
  };
  await bot.store.meetings.create(m);
  return m;
}

/** Stores a meeting of `b` whose date poll (message `poll-msg` in its origin) is open over `slots`. */
export function givenPoll(
  bot: TestBot,
  b: Broedplaats,
  slots: Meeting['slots'],
  overrides: Partial<Meeting> = {},
): Promise<Meeting> {
  const first = slots[0] ?? { start: '', end: '' };
  return givenMeeting(
    bot,
    b,
    { start: first.start, end: first.end },
    {
      slots,
      status: 'polling',
      chosenSlotId: undefined,
      start: undefined,
      end: undefined,
      poll: { conversationId: b.origin.conversationId, messageId: 'poll-msg' },
      ...overrides,
    },
  );
}

/** Stores an invitation to `m` for `name` (and the answer, when given). */
export async function givenInvitation(
  bot: TestBot,
  m: Meeting,
  invitee: { name: string; aadObjectId?: string; email?: string },
  answer?: Rsvp['answer'],
): Promise<Invitation> {
  const by = m.createdBy;
  const i: Invitation = {
    version: 1,
    id: randomUUID(),
    broedplaatsId: m.broedplaatsId,
    meetingId: m.id,
    invitee: { ...invitee, category: 'ocw', organisation: 'Ministerie van OCW' },
    invitedBy: by,
    invitedAt: bot.clock.now().toISOString(),
    delivery: { via: 'none' },
  };
  await bot.store.invitations.create(i);
  if (answer) {
    await bot.store.invitations.putRsvp(m.id, {
      invitationId: i.id,
      answer,
      by: { aadObjectId: invitee.aadObjectId ?? '', id: '', name: invitee.name },
      at: bot.clock.now().toISOString(),
    });
  }
  return i;
}

/** Stores an open follow-up agreement of `b` (owner by name, or a Teams user), due on `due` (yyyy-MM-dd). */
export async function givenFollowUp(
  bot: TestBot,
  b: Broedplaats,
  what: string,
  due: string,
  owner: FollowUp['owner'] = { name: 'Ministerie van OCW' },
): Promise<FollowUp> {
  const f: FollowUp = {
    version: 1,
    id: randomUUID(),
    broedplaatsId: b.id,
    what,
    owner,
    due,
    status: 'open',
    createdBy: b.createdBy,
    createdAt: bot.clock.now().toISOString(),
  };
  await bot.store.followUps.create(f);
  return f;
}
