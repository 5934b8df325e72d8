// Meetings of a broedplaats: proposed slots, the date poll and its tallies, the chosen moment, moves and cancels.
import { DateTime } from 'luxon';
import { z } from 'zod';

/** All times are shown and entered in the Netherlands. */
export const ZONE = 'Europe/Amsterdam';

/** A date poll offers 2 to 5 moments. */
export const SLOTS = { min: 2, max: 5 } as const;
/** How a new meeting gets its moment: a date poll over its moments, or the one moment the network agreed on already. */
export const PLAN_MODES = ['poll', 'fixed'] as const;
export type PlanMode = (typeof PLAN_MODES)[number];
/** Longest meeting one slot may describe, in hours; shortest, in minutes. */
export const SLOT_LIMITS = { maxHours: 12, minMinutes: 15 } as const;
export const MEETING_TEXT = {
  purpose: { min: 3, max: 300 },
  location: { max: 200 },
  onlineUrl: { max: 500 },
} as const;

export const VOTE_ANSWERS = ['yes', 'maybe', 'no'] as const;
export type VoteAnswer = (typeof VOTE_ANSWERS)[number];

export const slotSchema = z.object({ id: z.string(), start: z.string(), end: z.string() });
export type Slot = z.infer<typeof slotSchema>;

const personSchema = z.object({ aadObjectId: z.string(), id: z.string(), name: z.string() });
export type MeetingPerson = z.infer<typeof personSchema>;

export const meetingSchema = z.object({
  version: z.literal(1),
  id: z.string(),
  broedplaatsId: z.string(),
  /** 1 for the first meeting of the broedplaats, and so on. */
  number: z.number().int().min(1),
  purpose: z.string(),
  location: z.string().optional(),
  onlineUrl: z.string().optional(),
  status: z.enum(['polling', 'scheduled', 'cancelled']),
  slots: z.array(slotSchema),
  chosenSlotId: z.string().optional(),
  /** The moment it takes place (set when the poll closes; changed by a move). */
  start: z.string().optional(),
  end: z.string().optional(),
  /** The conversation with the poll card, and that card's message id. */
  poll: z.object({
    conversationId: z.string(),
    messageId: z.string().optional(),
    /** Language the shared card is shown in (the planner's). */
    locale: z.enum(['nl', 'en']).optional(),
  }),
  createdBy: personSchema,
  createdAt: z.string(),
  closedBy: personSchema.optional(),
  closedAt: z.string().optional(),
  moves: z
    .array(
      z.object({ from: z.object({ start: z.string(), end: z.string() }), at: z.string(), by: personSchema }),
    )
    .default([]),
  /** The contact chose a joint reflection moment: the reflection card is posted in the conversation at the end. */
  jointReflection: z.boolean().optional(),
  /** The contact's live card of who answered the invitations, kept current after each answer. */
  rsvpCard: z
    .object({ conversationId: z.string(), messageId: z.string(), locale: z.enum(['nl', 'en']).optional() })
    .optional(),
  cancelledAt: z.string().optional(),
  cancelledBy: personSchema.optional(),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const voteSchema = z.object({
  slotId: z.string(),
  voter: personSchema,
  answer: z.enum(VOTE_ANSWERS),
  at: z.string(),
});
export type Vote = z.infer<typeof voteSchema>;

/** How far Teams' time of a click may be from the bot's clock and still be taken as when the vote was cast. */
const CAST_BEFORE_MS = 10 * 60 * 1000;
const CAST_AFTER_MS = 2 * 60 * 1000;

/**
 * When a vote was cast, as stored in `at`: when Teams says the click was sent, so every instance orders clicks by
 * one clock (Teams'); the bot's `now` when Teams does not say, or says a time no click of now can have (over ten
 * minutes ago, or minutes ahead of the bot's clock: a placeholder, not a time). Votes of one person for a slot are
 * ordered by it.
 */
export function castAt(sentAt: Date | undefined, now: Date): string {
  const skew = sentAt ? sentAt.getTime() - now.getTime() : NaN;
  return (sentAt && skew >= -CAST_BEFORE_MS && skew <= CAST_AFTER_MS ? sentAt : now).toISOString();
}

/** Who a vote is from: their Entra object id, else their Teams id (one vote per person per slot). */
export function voterKey(vote: Vote): string {
  return vote.voter.aadObjectId || vote.voter.id;
}

/** The voter id of marks given on an invitation's answer page (behind its personal link). */
export function linkVoterId(invitationId: string): string {
  return `link:${invitationId}`;
}

/** Whether a vote was given on an answer page (its voter id is a `linkVoterId`). */
function fromLink(voter: MeetingPerson): boolean {
  return voter.id.startsWith('link:');
}

/** Whether a vote came from an answer page without the invitee's Entra id (so `countedVotes` needs their invitation). */
export function needsInvitee(vote: Vote): boolean {
  return !vote.voter.aadObjectId && fromLink(vote.voter);
}

/**
 * The votes of a poll as counted: one person, one vote per slot, the latest cast standing. A vote from an answer
 * page without an Entra id (stored so before the page wrote it) is the invitee's, by `entraIdOf` (Entra id by link
 * voter id), so their marks in Teams and on the page are one voter's; such a vote carries the person's Teams identity.
 */
export function countedVotes(votes: readonly Vote[], entraIdOf: ReadonlyMap<string, string>): Vote[] {
  const entraId = (v: Vote) => v.voter.aadObjectId || entraIdOf.get(v.voter.id) || '';
  const slotAndPerson = (v: Vote) => `${v.slotId}|${entraId(v) || v.voter.id}`;
  const standing = new Map<string, Vote>();
  const inTeams = new Map<string, MeetingPerson>();
  for (const v of votes) {
    const seen = standing.get(slotAndPerson(v));
    const later = seen ? Date.parse(v.at) - Date.parse(seen.at) : 1;
    // Cast at the same instant: the row stored under the Entra id stands (the one written since).
    if (later > 0 || (later === 0 && seen && needsInvitee(seen))) standing.set(slotAndPerson(v), v);
    if (v.voter.aadObjectId && !fromLink(v.voter) && !inTeams.has(v.voter.aadObjectId))
      inTeams.set(v.voter.aadObjectId, v.voter);
  }
  return votes
    .filter((v) => standing.get(slotAndPerson(v)) === v)
    .map((v) => {
      const id = entraId(v);
      if (!id || !fromLink(v.voter)) return v;
      return { ...v, voter: inTeams.get(id) ?? { ...v.voter, aadObjectId: id } };
    });
}

/** A slot as typed on the form: date (yyyy-MM-dd), start and end (HH:mm), in Dutch time. */
export interface SlotInput {
  date: string;
  start: string;
  end: string;
}

export type SlotError =
  | { key: 'slot.incomplete'; slot: number }
  | { key: 'slot.invalid'; slot: number }
  | { key: 'slot.nonexistent'; slot: number }
  | { key: 'slot.past'; slot: number }
  | { key: 'slot.endBeforeStart'; slot: number }
  | { key: 'slot.tooLong'; slot: number; hours: number }
  | { key: 'slot.tooShort'; slot: number; minutes: number }
  | { key: 'slot.duplicate'; slot: number; other: number }
  | { key: 'slots.tooFew'; min: number }
  | { key: 'slots.tooMany'; max: number }
  | { key: 'slots.fixedNone' }
  | { key: 'slots.fixedMany'; count: number };

/** A moment in Dutch time from form values; undefined when it is not a real moment (e.g. skipped by summer time). */
export function localMoment(date: string, time: string): DateTime | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{1,2}:\d{2}$/.test(time)) return undefined;
  const dt = DateTime.fromISO(`${date}T${time.padStart(5, '0')}`, { zone: ZONE });
  if (!dt.isValid) return undefined;
  if (dt.toFormat('yyyy-MM-dd') !== date || dt.toFormat('HH:mm') !== time.padStart(5, '0')) return undefined;
  return dt;
}

/**
 * Checks the slots of a poll form: each complete, real, in the future, ending after it starts within
 * reasonable bounds, none twice, and 2 to 5 of them. Empty rows are ignored. Returns slots in UTC ISO.
 */
export function readSlots(
  rows: readonly SlotInput[],
  now: DateTime,
  newId: (index: number) => string,
  min: number = SLOTS.min,
): { ok: true; slots: Slot[] } | { ok: false; errors: SlotError[] } {
  const errors: SlotError[] = [];
  const slots: (Slot & { row: number })[] = [];
  rows.forEach((row, i) => {
    const n = i + 1;
    const filled = [row.date, row.start, row.end].filter((v) => v.trim() !== '').length;
    if (filled === 0) return;
    if (filled < 3) return void errors.push({ key: 'slot.incomplete', slot: n });
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(row.date) ||
      !/^\d{1,2}:\d{2}$/.test(row.start) ||
      !/^\d{1,2}:\d{2}$/.test(row.end)
    ) {
      return void errors.push({ key: 'slot.invalid', slot: n });
    }
    const start = localMoment(row.date, row.start);
    const end = localMoment(row.date, row.end);
    if (!start || !end) return void errors.push({ key: 'slot.nonexistent', slot: n });
    if (start <= now) return void errors.push({ key: 'slot.past', slot: n });
    if (end <= start) return void errors.push({ key: 'slot.endBeforeStart', slot: n });
    const minutes = end.diff(start, 'minutes').minutes;
    if (minutes > SLOT_LIMITS.maxHours * 60)
      return void errors.push({ key: 'slot.tooLong', slot: n, hours: SLOT_LIMITS.maxHours });
    if (minutes < SLOT_LIMITS.minMinutes)
      return void errors.push({ key: 'slot.tooShort', slot: n, minutes: SLOT_LIMITS.minMinutes });
    const iso = { start: start.toUTC().toISO() ?? '', end: end.toUTC().toISO() ?? '' };
    const twin = slots.find((s) => s.start === iso.start && s.end === iso.end);
    if (twin) return void errors.push({ key: 'slot.duplicate', slot: n, other: twin.row });
    slots.push({ id: newId(slots.length), ...iso, row: n });
  });
  if (errors.length === 0 && slots.length < min) errors.push({ key: 'slots.tooFew', min });
  if (slots.length > SLOTS.max) errors.push({ key: 'slots.tooMany', max: SLOTS.max });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, slots: slots.map(({ row: _row, ...s }) => s) };
}

/**
 * The moments of a new meeting from the plan form: for a date poll as `readSlots` reads them (2 to 5); for a date
 * fixed already exactly one, each row checked the same way.
 */
export function readPlannedSlots(
  rows: readonly SlotInput[],
  now: DateTime,
  newId: (index: number) => string,
  mode: PlanMode,
): { ok: true; slots: Slot[] } | { ok: false; errors: SlotError[] } {
  if (mode === 'poll') return readSlots(rows, now, newId);
  const read = readSlots(rows, now, newId, 0);
  if (!read.ok) return read;
  if (read.slots.length === 0) return { ok: false, errors: [{ key: 'slots.fixedNone' }] };
  if (read.slots.length > 1)
    return { ok: false, errors: [{ key: 'slots.fixedMany', count: read.slots.length }] };
  return read;
}

/** The meeting fixed on `slot`, by `by` at `at` (ISO): a poll closed on one of its moments, or a fixed date. */
export function scheduleOn(m: Meeting, slot: Slot, by: MeetingPerson, at: string): Meeting {
  return {
    ...m,
    status: 'scheduled',
    chosenSlotId: slot.id,
    start: slot.start,
    end: slot.end,
    closedBy: by,
    closedAt: at,
  };
}

/** What happened to a meeting's moment: fixed (a poll closed, or a date planned), moved, or called off. */
export type MeetingChange =
  | { kind: 'fixed' }
  | { kind: 'moved'; from: Pick<Slot, 'start' | 'end'> }
  | { kind: 'cancelled'; when: Pick<Slot, 'start' | 'end'> };

/** Why a change of a meeting's moment cannot be made: the poll is closed, it is not fixed, it is over, no such moment. */
export type MeetingRefusal = 'notPolling' | 'notScheduled' | 'over' | 'noSlot';
export type Transition = { ok: true; meeting: Meeting } | { ok: false; why: MeetingRefusal };

/** A poll closed on one of its moments, by `by` at `now`: only while it is polling and not over. */
export function closePoll(m: Meeting, slotId: string, by: MeetingPerson, now: DateTime): Transition {
  const slot = m.slots.find((s) => s.id === slotId);
  if (!slot) return { ok: false, why: 'noSlot' };
  if (m.status !== 'polling' || !isOpen(m, now)) return { ok: false, why: 'notPolling' };
  return { ok: true, meeting: scheduleOn(m, slot, by, now.toUTC().toISO() ?? '') };
}

/** A fixed meeting moved to `to`, the moment it had kept in its history: only while it is fixed and not over. */
export function moveMeeting(
  m: Meeting,
  to: Pick<Slot, 'start' | 'end'>,
  by: MeetingPerson,
  now: DateTime,
): Transition {
  if (m.status !== 'scheduled') return { ok: false, why: 'notScheduled' };
  if (!isOpen(m, now)) return { ok: false, why: 'over' };
  const from = { start: m.start ?? to.start, end: m.end ?? to.end };
  const at = now.toUTC().toISO() ?? '';
  return { ok: true, meeting: { ...m, start: to.start, end: to.end, moves: [...m.moves, { from, at, by }] } };
}

/** A fixed meeting called off (kept for the record): only while it is fixed and not over. */
export function cancelMeeting(m: Meeting, by: MeetingPerson, now: DateTime): Transition {
  if (m.status !== 'scheduled') return { ok: false, why: 'notScheduled' };
  if (!isOpen(m, now)) return { ok: false, why: 'over' };
  return {
    ok: true,
    meeting: { ...m, status: 'cancelled', cancelledAt: now.toUTC().toISO() ?? '', cancelledBy: by },
  };
}

/**
 * A new meeting as planned (`draft`: polling over the moments read from the form): with a fixed date it is scheduled
 * on its one moment at once, by whoever planned it, and no poll is held.
 */
export function planMeeting(draft: Meeting, mode: PlanMode): Meeting {
  const [only, ...more] = draft.slots;
  if (mode === 'poll' || !only || more.length > 0) return draft;
  return scheduleOn(draft, only, draft.createdBy, draft.createdAt);
}

/** Counts per slot. */
export interface Tally {
  slotId: string;
  yes: number;
  maybe: number;
  no: number;
}

/** The tally of every slot (slots without votes count zero). */
export function tallyVotes(slots: readonly Slot[], votes: readonly Vote[]): Tally[] {
  return slots.map((slot) => {
    const mine = votes.filter((v) => v.slotId === slot.id);
    return {
      slotId: slot.id,
      yes: mine.filter((v) => v.answer === 'yes').length,
      maybe: mine.filter((v) => v.answer === 'maybe').length,
      no: mine.filter((v) => v.answer === 'no').length,
    };
  });
}

/** Slots best first: most "yes", then most "maybe", then fewest "no", then earliest. */
export function rankSlots(slots: readonly Slot[], tallies: readonly Tally[]): Slot[] {
  const t = new Map(tallies.map((x) => [x.slotId, x]));
  return [...slots].sort((a, b) => {
    const ta = t.get(a.id) ?? { yes: 0, maybe: 0, no: 0 };
    const tb = t.get(b.id) ?? { yes: 0, maybe: 0, no: 0 };
    return tb.yes - ta.yes || tb.maybe - ta.maybe || ta.no - tb.no || a.start.localeCompare(b.start);
  });
}

/** People who voted on the poll (each once), e.g. to tell them of a move or a cancel. */
export function voters(votes: readonly Vote[]): MeetingPerson[] {
  const byId = new Map<string, MeetingPerson>();
  for (const v of votes) byId.set(v.voter.aadObjectId || v.voter.id, v.voter);
  return [...byId.values()];
}

/**
 * The number of the next meeting: one past the highest that still stands. A cancelled meeting makes room (planning
 * again after the only meeting was cancelled gives number 1 again), but never the number of one that stands.
 */
export function nextMeetingNumber(meetings: readonly Pick<Meeting, 'number' | 'status'>[]): number {
  return Math.max(0, ...meetings.filter((m) => m.status !== 'cancelled').map((m) => m.number)) + 1;
}

/** The default purpose of meeting `number` (report, section 1.2): first the question, then the practice. */
export function defaultPurposeKey(number: number): 'first' | 'second' | 'later' {
  return number === 1 ? 'first' : number === 2 ? 'second' : 'later';
}

/** Slot texts already formatted (Intl formatting is slow; a status overview shows the same slots each turn). */
const slotTexts = new Map<string, string>();
const SLOT_TEXTS_KEPT = 5_000;

/** "di 9 mrt 2027, 14:00–16:30" in the given language, in Dutch time. */
export function formatSlot(slot: { start: string; end: string }, locale: 'nl' | 'en'): string {
  const key = `${slot.start}|${slot.end}|${locale}`;
  let text = slotTexts.get(key);
  if (text === undefined) {
    if (slotTexts.size >= SLOT_TEXTS_KEPT) slotTexts.clear();
    text = formatSlotNow(slot, locale);
    slotTexts.set(key, text);
  }
  return text;
}

function formatSlotNow(slot: { start: string; end: string }, locale: 'nl' | 'en'): string {
  const start = DateTime.fromISO(slot.start, { zone: 'utc' })
    .setZone(ZONE)
    .setLocale(locale === 'en' ? 'en-GB' : 'nl');
  const end = DateTime.fromISO(slot.end, { zone: 'utc' })
    .setZone(ZONE)
    .setLocale(locale === 'en' ? 'en-GB' : 'nl');
  const sameDay = start.hasSame(end, 'day');
  const day = start.toFormat('ccc d LLL yyyy');
  return sameDay
    ? `${day}, ${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')}`
    : `${day} ${start.toFormat('HH:mm')} – ${end.toFormat('ccc d LLL yyyy HH:mm')}`;
}

/** A calendar day (yyyy-MM-dd) as people read it: "do 10 dec 2026" / "Thu 10 Dec 2026". */
export function formatDay(day: string, locale: 'nl' | 'en'): string {
  const d = DateTime.fromISO(day, { zone: ZONE });
  return d.isValid ? d.setLocale(locale === 'en' ? 'en-GB' : 'nl').toFormat('ccc d LLL yyyy') : day;
}

/** Whether a meeting can still be changed (voted, closed, moved): not cancelled, and not over. */
export function isOpen(meeting: Meeting, now: DateTime): boolean {
  if (meeting.status === 'cancelled') return false;
  if (meeting.status === 'scheduled' && meeting.end && DateTime.fromISO(meeting.end) <= now) return false;
  return true;
}

/**
 * Whether a text is a meeting's online link as cards, mails and calendar files can carry it: https, a plain host
 * name, and no space, line break or character that a calendar file or a mail would break on.
 */
export function isMeetingLink(s: string): boolean {
  if (/[\s<>"\\^`{|}]/.test(s)) return false;
  try {
    const url = new URL(s);
    return url.protocol === 'https:' && /^[a-z0-9.-]+$/i.test(url.hostname) && !url.username && !url.password;
  } catch {
    return false;
  }
}
