// Everything the status overview shows, read with a fixed number of queries however many broedplaatsen there are.
import type { DateTime } from 'luxon';
import type { Broedplaats } from '../../domain/broedplaats';
import { isOverdue, type FollowUp } from '../../domain/followup';
import { instantMs } from '../../domain/instant';
import type { HalfDay } from '../../domain/halfday';
import { tallyRsvps, type Invitation, type Rsvp, type RsvpTally } from '../../domain/invitation';
import type { Meeting } from '../../domain/meeting';
import { attentionReasons, derivePhase, type AttentionReason, type Phase } from '../../domain/phase';
import {
  summarize,
  type Reflection,
  type ReflectionPrompt,
  type ReflectionResults,
} from '../../domain/reflection';
import type { Undelivered } from '../../store/jobs';
import type { FeatureDeps } from '..';

/** All data of the programme, one query per table. */
export interface Snapshot {
  readonly broedplaatsen: readonly Broedplaats[];
  readonly meetings: readonly Meeting[];
  readonly invitations: readonly Invitation[];
  readonly rsvps: readonly Rsvp[];
  readonly reflections: readonly Reflection[];
  readonly prompts: readonly ReflectionPrompt[];
  readonly followUps: readonly FollowUp[];
  readonly halfDays: readonly HalfDay[];
  readonly undelivered: readonly Undelivered[];
}

/**
 * The whole programme: read afresh when anything in it changed since the last read (on any instance), else the
 * read kept from then (one point read instead of nine queries). The result is frozen: it is shared between turns.
 */
export function loadSnapshot(deps: Pick<FeatureDeps, 'store'>): Promise<Snapshot> {
  return deps.store.programme.read('status:snapshot', () => readSnapshot(deps));
}

async function readSnapshot(deps: Pick<FeatureDeps, 'store'>): Promise<Snapshot> {
  const s = deps.store;
  const [
    broedplaatsen,
    meetings,
    invitations,
    rsvps,
    reflections,
    prompts,
    followUps,
    halfDays,
    undelivered,
  ] = await Promise.all([
    s.broedplaatsen.list(),
    s.meetings.listAll(),
    s.invitations.listAll(),
    s.invitations.listAllRsvps(),
    s.reflections.listAll(),
    s.reflections.listAllPrompts(),
    s.followUps.listAll(),
    s.halfDays.listAll(),
    s.undelivered.list(),
  ]);
  return Object.freeze({
    broedplaatsen: Object.freeze(broedplaatsen),
    meetings: Object.freeze(meetings),
    invitations: Object.freeze(invitations),
    rsvps: Object.freeze(rsvps),
    reflections: Object.freeze(reflections),
    prompts: Object.freeze(prompts),
    followUps: Object.freeze(followUps),
    halfDays: Object.freeze(halfDays),
    undelivered: Object.freeze(undelivered),
  });
}

/** One broedplaats as the overview shows it. */
export interface StatusRow {
  b: Broedplaats;
  phase: Phase;
  meetings: Meeting[];
  nextMeeting?: Meeting;
  nextTally?: RsvpTally;
  /** Results of the latest meeting whose participants were asked to reflect. */
  latestReflection?: { meeting: Meeting; results: ReflectionResults };
  followUps: FollowUp[];
  openFollowUps: number;
  overdueFollowUps: number;
  halfDays: HalfDay[];
  undelivered: number;
  attention: AttentionReason[];
}

/** The row of each broedplaats, computed from the snapshot at `now`. */
export function statusRows(deps: FeatureDeps, snap: Snapshot, now: DateTime): StatusRow[] {
  const nowMs = now.toMillis();
  return snap.broedplaatsen.map((b) => {
    const meetings = snap.meetings
      .filter((m) => m.broedplaatsId === b.id)
      .sort((x, y) => x.number - y.number || x.createdAt.localeCompare(y.createdAt));
    const followUps = snap.followUps.filter((f) => f.broedplaatsId === b.id);
    const openFollowUps = followUps.filter((f) => f.status === 'open').length;
    const overdueFollowUps = followUps.filter((f) => isOverdue(f, now)).length;
    const phase = derivePhase(b, meetings, openFollowUps, deps.config.reflectionDelayMinutes, now);
    const upcoming = meetings
      .filter(
        (m) => m.status === 'polling' || (m.status === 'scheduled' && m.start && instantMs(m.start) > nowMs),
      )
      .sort((x, y) => (x.start ?? '9999').localeCompare(y.start ?? '9999'));
    const nextMeeting = upcoming[0];
    const nextTally = nextMeeting
      ? tallyRsvps(
          snap.invitations.filter((i) => i.meetingId === nextMeeting.id),
          snap.rsvps.filter((r) =>
            snap.invitations.some((i) => i.id === r.invitationId && i.meetingId === nextMeeting.id),
          ),
        )
      : undefined;
    const asked = meetings.filter((m) => snap.prompts.some((p) => p.meetingId === m.id));
    const latest = asked[asked.length - 1];
    const latestReflection = latest
      ? {
          meeting: latest,
          results: summarize(
            snap.prompts.filter((p) => p.meetingId === latest.id).length,
            snap.reflections.filter((r) => r.meetingId === latest.id),
          ),
        }
      : undefined;
    const undelivered = snap.undelivered.filter((u) => u.broedplaatsId === b.id).length;
    return {
      b,
      phase,
      meetings,
      nextMeeting,
      nextTally,
      latestReflection,
      followUps,
      openFollowUps,
      overdueFollowUps,
      halfDays: snap.halfDays.filter((h) => h.broedplaatsId === b.id),
      undelivered,
      attention: attentionReasons({
        phase,
        createdAt: b.createdAt,
        nextMeeting,
        nextTally,
        overdueFollowUps,
        undelivered,
        now,
      }),
    };
  });
}

const ATTENTION_ORDER: AttentionReason[] = [
  'fewAccepted',
  'overdueFollowUps',
  'stalledIntake',
  'undelivered',
];

/** What needs attention first (by its most urgent reason), then the soonest meeting, then by name. */
export function byAttention(a: StatusRow, b: StatusRow): number {
  const rank = (r: StatusRow) =>
    r.attention.length ? ATTENTION_ORDER.indexOf(r.attention[0] ?? 'undelivered') : ATTENTION_ORDER.length;
  return (
    rank(a) - rank(b) ||
    b.attention.length - a.attention.length ||
    (a.nextMeeting?.start ?? '9999').localeCompare(b.nextMeeting?.start ?? '9999') ||
    a.b.network.name.localeCompare(b.b.network.name, 'nl')
  );
}
