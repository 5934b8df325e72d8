// Invitations to a meeting and their answers (RSVP): who is invited and why, who answered what, when to remind.
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Stakeholder } from './broedplaats';
import { isPseudonym } from './pseudonym';

/** Stakeholder categories of invitees (the parties the report names). */
export const INVITEE_CATEGORIES = [
  'ocw',
  'inspectie',
  'vo-raad',
  'schoolinfo',
  'kennisnet',
  'onderzoek',
  'ander-netwerk',
  'anders',
] as const;
export type InviteeCategory = (typeof INVITEE_CATEGORIES)[number];

export const RSVP_ANSWERS = ['accepted', 'tentative', 'declined', 'delegated'] as const;
export type RsvpAnswer = (typeof RSVP_ANSWERS)[number];

/** A decline or a delegate this close to the meeting is told to the contact at once (report, section 3.5). */
export const LATE_CHANGE_DAYS = 3;
/** Most people one invitation form adds by hand. */
export const MANUAL_ROWS = 3;
export const INVITE_TEXT = {
  name: { min: 2, max: 100 },
  organisation: { max: 100 },
  reason: { max: 500 },
  note: { max: 500 },
} as const;

const personSchema = z.object({ aadObjectId: z.string(), id: z.string(), name: z.string() });

export const invitationSchema = z.object({
  version: z.literal(1),
  id: z.string(),
  broedplaatsId: z.string(),
  meetingId: z.string(),
  invitee: z.object({
    name: z.string(),
    organisation: z.string().optional(),
    category: z.enum(INVITEE_CATEGORIES),
    email: z.string().optional(),
    /** Entra object id, when picked in Teams: then only this account can answer in Teams. */
    aadObjectId: z.string().optional(),
  }),
  /** Why this person is invited, in the contact's words (optional). */
  reason: z.string().optional(),
  invitedBy: personSchema,
  invitedAt: z.string(),
  /** Where the invitation card went. */
  delivery: z.object({
    /** `email`: sent by e-mail with a personal link; `none`: the contact got a text with the link to send. */
    via: z.enum(['1:1', 'conversation', 'queued', 'email', 'none']),
    conversationId: z.string().optional(),
    messageId: z.string().optional(),
    reason: z.string().optional(),
  }),
  /** The people named to come in the invitee's place who were told so, as `delegateKey`s (no addresses kept). */
  delegatesBriefed: z.array(z.string()).optional(),
  /** How often the contact was asked about a further delegate (see MAX_DELEGATES_ASKED). */
  delegatesAsked: z.number().int().min(0).optional(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/**
 * Delegates of one invitation the bot itself briefs; for a further one the contact gets the text to check and pass
 * on, so that an answer link cannot make the bot mail address after address.
 */
export const MAX_DELEGATES_BRIEFED = 3;
/** Further delegates of one invitation the contact is asked about; past these, a new one is only stored. */
export const MAX_DELEGATES_ASKED = 3;

/**
 * Whether the invitee had their data removed (`verwijder mijn gegevens`): their Entra id became a pseudonym, or the
 * address the invitation was sent to was emptied. Their personal links then open nothing.
 */
export function inviteeForgotten(inv: Pick<Invitation, 'invitee'>): boolean {
  return isPseudonym(inv.invitee.aadObjectId ?? '') || inv.invitee.email === '';
}

export const rsvpSchema = z.object({
  invitationId: z.string(),
  answer: z.enum(RSVP_ANSWERS),
  note: z.string().optional(),
  delegate: z.object({ name: z.string(), email: z.string() }).optional(),
  by: personSchema,
  at: z.string(),
  /** Answered on the card in Teams, or on the web page behind the personal link. */
  via: z.enum(['teams', 'web']).optional(),
});
export type Rsvp = z.infer<typeof rsvpSchema>;

/** Whether the Teams account with Entra id `aadObjectId` (from the activity) is the invitee: only they answer in Teams. */
export function isInvitee(inv: Pick<Invitation, 'invitee'>, aadObjectId: string | undefined): boolean {
  return Boolean(aadObjectId && inv.invitee.aadObjectId && inv.invitee.aadObjectId === aadObjectId);
}

/** An invitee the bot does not reach in Teams: known by e-mail only, or their invitation went by e-mail or nowhere. */
export function outsideTeams(inv: Invitation): boolean {
  return !inv.invitee.aadObjectId || inv.delivery.via === 'email' || inv.delivery.via === 'none';
}

/** An invitee who did not answer they will not come (themselves): they hear of changes of the meeting. */
export function hearsOfChanges(
  inv: Invitation,
  rsvps: readonly Pick<Rsvp, 'invitationId' | 'answer'>[],
): boolean {
  return !rsvps.some(
    (r) => r.invitationId === inv.id && (r.answer === 'declined' || r.answer === 'delegated'),
  );
}

/** The invitee category that matches a stakeholder the network asked for at the intake. */
export function categoryOfStakeholder(s: Stakeholder): InviteeCategory {
  return s === 'andere-netwerken' ? 'ander-netwerk' : s;
}

/** Counts of answers; `open` are invitations without an answer. */
export interface RsvpTally {
  accepted: number;
  tentative: number;
  declined: number;
  delegated: number;
  open: number;
}

export function tallyRsvps(invitations: readonly Invitation[], rsvps: readonly Rsvp[]): RsvpTally {
  const byInvitation = new Map(rsvps.map((r) => [r.invitationId, r.answer]));
  const tally: RsvpTally = { accepted: 0, tentative: 0, declined: 0, delegated: 0, open: 0 };
  for (const inv of invitations) {
    const answer = byInvitation.get(inv.id);
    if (answer) tally[answer]++;
    else tally.open++;
  }
  return tally;
}

/** Whether an answer given at `now` counts as late for a meeting starting at `start` (ISO). */
export function isLate(start: string | undefined, now: DateTime): boolean {
  if (!start) return false;
  return DateTime.fromISO(start).diff(now, 'days').days < LATE_CHANGE_DAYS;
}

/** Reminder moments (days before `start`) still in the future at `now`, as [days, moment] pairs. */
export function reminderMoments(start: string, days: readonly number[], now: DateTime): [number, DateTime][] {
  const begin = DateTime.fromISO(start);
  return days.map((d) => [d, begin.minus({ days: d })] as [number, DateTime]).filter(([, at]) => at > now);
}

/** Whether answers can still be given or changed: until the meeting starts (and not once cancelled). */
export function answersOpen(meeting: { status: string; start?: string }, now: DateTime): boolean {
  if (meeting.status === 'cancelled') return false;
  return !meeting.start || DateTime.fromISO(meeting.start) > now;
}
