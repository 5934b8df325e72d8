// The phase of a broedplaats, derived from its data (never stored by hand), and what needs the project lead's attention.
import type { DateTime } from 'luxon';
import type { Broedplaats } from './broedplaats';
import { compareDays, instantMs } from './instant';
import type { RsvpTally } from './invitation';
import type { Meeting } from './meeting';
import { reflectionWindow } from './reflection';

export const PHASES = [
  'intake',
  'planning',
  'scheduled',
  'held',
  'reflecting',
  'follow-up',
  'closed',
] as const;
export type Phase = (typeof PHASES)[number];

/** A meeting within this many days with fewer acceptances than ATTENTION_MIN_ACCEPTED needs attention. */
export const ATTENTION_DAYS = 7;
export const ATTENTION_MIN_ACCEPTED = 2;
/** An intake without a planned meeting this many days after it was confirmed has stalled. */
export const STALLED_INTAKE_DAYS = 14;

/**
 * intake (no meeting yet) → planning (a date poll is open) → scheduled (a meeting ahead) → held (just
 * ended) → reflecting (reflection open) → follow-up (open agreements or meetings still to plan) → closed.
 */
export function derivePhase(
  b: Broedplaats,
  meetings: readonly Meeting[],
  openFollowUps: number,
  reflectionDelayMinutes: number,
  now: DateTime,
): Phase {
  const active = meetings.filter((m) => m.status !== 'cancelled');
  if (active.length === 0) return 'intake';
  if (active.some((m) => m.status === 'polling')) return 'planning';
  const nowMs = now.toMillis();
  if (active.some((m) => m.status === 'scheduled' && m.start && instantMs(m.start) > nowMs))
    return 'scheduled';
  const ended = active
    .filter((m) => m.end && instantMs(m.end) <= nowMs)
    .sort((x, y) => (x.end ?? '').localeCompare(y.end ?? ''));
  const last = ended[ended.length - 1];
  if (!last?.end) return 'scheduled';
  const w = reflectionWindow(last.end, reflectionDelayMinutes);
  if (now < w.opensAt) return 'held';
  if (now < w.closesAt) return 'reflecting';
  if (openFollowUps > 0 || active.length < b.meetings.count) return 'follow-up';
  return 'closed';
}

/** Why a broedplaats needs attention (most urgent first); empty when it does not. */
export type AttentionReason = 'fewAccepted' | 'overdueFollowUps' | 'stalledIntake' | 'undelivered';

export function attentionReasons(input: {
  phase: Phase;
  createdAt: string;
  nextMeeting: Meeting | undefined;
  nextTally: RsvpTally | undefined;
  overdueFollowUps: number;
  undelivered: number;
  now: DateTime;
}): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  const m = input.nextMeeting;
  if (
    m?.start &&
    compareDays(input.now, m.start, ATTENTION_DAYS) <= 0 &&
    (input.nextTally?.accepted ?? 0) + (input.nextTally?.delegated ?? 0) < ATTENTION_MIN_ACCEPTED
  ) {
    reasons.push('fewAccepted');
  }
  if (input.overdueFollowUps > 0) reasons.push('overdueFollowUps');
  if (input.phase === 'intake' && compareDays(input.createdAt, input.now, STALLED_INTAKE_DAYS) >= 0)
    reasons.push('stalledIntake');
  if (input.undelivered > 0) reasons.push('undelivered');
  return reasons;
}
