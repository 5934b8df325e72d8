// Small factories for what tests start from (a bot with a broedplaats ready to plan for, a poll posted, …), so tests
// need not replay an intake.
import { randomUUID } from 'node:crypto';
import type { Broedplaats } from '../../src/domain/broedplaats';
import type { FollowUp } from '../../src/domain/followup';
import type { Invitation, Rsvp } from '../../src/domain/invitation';
import type { Meeting } from '../../src/domain/meeting';
import { buttonData } from './connector';
import {
  channel,
  makeUser,
  personalChat,
  type TestConversation,
  type TestUser,
  type TurnResult,
} from './conversation';
import { startTestBot, type TestBot } from './test-bot';

/** A running bot with a broedplaats whose contact asked the bot for help in the network's team channel. */
export interface BroedplaatsInTeam {
  bot: TestBot;
  team: TestConversation;
  contact: TestUser;
  b: Broedplaats;
}

/** How a test's bot starts: its clock, the channel's name, the contact, who has the app, the bot's settings. */
export interface StartOptions {
  now: string;
  team: string;
  contact?: TestUser;
  installed?: TestUser[];
  env?: Record<string, string>;
}

/**
 * Starts a bot (with `env`) at `now` in which those `installed` add the app to their personal chat, and `contact`
 * (a new Carla Contact unless given) says `hulp` in a new channel `team` of their tenant, where their stored
 * broedplaats started.
 */
export async function startWithBroedplaats(options: StartOptions): Promise<BroedplaatsInTeam> {
  const bot = await startTestBot({ env: options.env });
  bot.clock.set(options.now);
  const contact = options.contact ?? makeUser('Carla Contact');
  const team = channel(bot, options.team, contact.tenantId);
  for (const u of options.installed ?? []) await personalChat(bot, u).install(u);
  await team.say(contact, 'hulp');
  const b = await givenBroedplaats(bot, contact, team);
  return { bot, team, contact, b };
}

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

/** As `startWithBroedplaats`, with one meeting of the broedplaats at `at`, its date poll (`poll-msg`) in the channel. */
export async function startWithMeeting(
  options: StartOptions & { at: { start: string; end: string } },
): Promise<BroedplaatsInTeam & { meeting: Meeting }> {
  const given = await startWithBroedplaats(options);
  const poll = { conversationId: given.team.id, messageId: 'poll-msg' };
  const meeting = await givenMeeting(given.bot, given.b, options.at, { poll });
  return { ...given, meeting };
}

/** A moment as the plan form takes it: date (yyyy-MM-dd), start and end (HH:mm, Dutch time). */
export interface FormMoment {
  date: string;
  start: string;
  end: string;
}

/**
 * The contact posts a date poll over `moments` through the cards (`plan`, the form's "Datumprikker plaatsen") in
 * `where`; returns the polling meeting and its poll card's message id.
 */
export async function givenPollThroughCards(
  bot: TestBot,
  where: TestConversation,
  contact: TestUser,
  b: Broedplaats,
  moments: FormMoment[],
  extra: Record<string, string> = {},
): Promise<{ meeting: Meeting; messageId: string }> {
  const form = await where.say(contact, 'plan');
  const fields: Record<string, string> = { purpose: 'Eerste bijeenkomst' };
  moments.forEach((m, i) => {
    fields[`date${i + 1}`] = m.date;
    fields[`start${i + 1}`] = m.start;
    fields[`end${i + 1}`] = m.end;
  });
  await where.execute(contact, 'plan.create', {
    ...buttonData(form.cards[0], 'Datumprikker plaatsen'),
    ...fields,
    ...extra,
  });
  const meetings = await bot.store.meetings.listFor(b.id);
  const meeting = meetings[meetings.length - 1]!;
  return { meeting, messageId: meeting.poll.messageId ?? '' };
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
  slot: FormMoment,
  extra: Record<string, string> = {},
): Promise<{ meeting: Meeting; messageId: string }> {
  const early = { date: slot.date, start: '08:00', end: '08:30' };
  const poll = await givenPollThroughCards(bot, where, contact, b, [slot, early], extra);
  const ids = { broedplaatsId: b.id, meetingId: poll.meeting.id };
  await where.execute(contact, 'poll.close', { verb: 'poll.close', ...ids, slotId: 's1' }, poll.messageId);
  const meeting = (await bot.store.meetings.get(b.id, poll.meeting.id))!.value;
  return { meeting, messageId: poll.messageId };
}

/** `who` asks for the invitation form in `where` and sends it filled in with `values`; returns that turn. */
export async function sendInvitationForm(
  where: TestConversation,
  who: TestUser,
  values: Record<string, string>,
): Promise<TurnResult> {
  const form = await where.say(who, 'uitnodigen');
  const submit = buttonData(
    form.cards[0],
    who.locale?.startsWith('en') ? 'Send invitations' : 'Uitnodigingen versturen',
  );
  return where.execute(who, 'invite.create', { ...submit, ...values });
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
