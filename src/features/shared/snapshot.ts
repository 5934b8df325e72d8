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
import { TABLE_NAMES } from '../../store';
import type { FeatureDeps } from '../../bot/deps';

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

/** The last snapshot put together, reused while every table's read is the same (keeps its grouping too). */
let lastSnapshot: Snapshot | undefined;

/**
 * The whole programme: each table read afresh when it changed since its last read (on any instance), else the
 * read kept from then; one query for the tables' versions, plus one per table that changed. The result is frozen:
 * it is shared between turns.
 */
export async function loadSnapshot(deps: Pick<FeatureDeps, 'store'>): Promise<Snapshot> {
  const s = deps.store;
  const versions = await s.programme.versions();
  const part = <T>(table: string, load: () => Promise<T[]>): Promise<readonly T[]> =>
    s.programme.read(table, versions, async () => Object.freeze(await load()));
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
    part(TABLE_NAMES.broedplaatsen, () => s.broedplaatsen.list()),
    part(TABLE_NAMES.meetings, () => s.meetings.listAll()),
    part(TABLE_NAMES.invitations, () => s.invitations.listAll()),
    part(TABLE_NAMES.rsvps, () => s.invitations.listAllRsvps()),
    part(TABLE_NAMES.reflections, () => s.reflections.listAll()),
    part(TABLE_NAMES.reflectionPrompts, () => s.reflections.listAllPrompts()),
    part(TABLE_NAMES.followUps, () => s.followUps.listAll()),
    part(TABLE_NAMES.halfDays, () => s.halfDays.listAll()),
    part(TABLE_NAMES.undelivered, () => s.undelivered.list()),
  ]);
  const snap: Snapshot = {
    broedplaatsen,
    meetings,
    invitations,
    rsvps,
    reflections,
    prompts,
    followUps,
    halfDays,
    undelivered,
  };
  const last = lastSnapshot;
  if (last && (Object.keys(snap) as (keyof Snapshot)[]).every((k) => last[k] === snap[k])) return last;
  lastSnapshot = Object.freeze(snap);
  return lastSnapshot;
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
  followUps: readonly FollowUp[];
  openFollowUps: number;
  overdueFollowUps: number;
  halfDays: readonly HalfDay[];
  undelivered: number;
  attention: AttentionReason[];
}

/** The snapshot's rows grouped by what they belong to, so the overview is linear in the number of rows. */
interface Grouped {
  /** By broedplaats, in their order (number, then creation). */
  meetings: Map<string, readonly Meeting[]>;
  followUps: Map<string, readonly FollowUp[]>;
  halfDays: Map<string, readonly HalfDay[]>;
  undelivered: Map<string, number>;
  invitations: Map<string, readonly Invitation[]>;
  rsvps: Map<string, readonly Rsvp[]>;
  prompts: Map<string, number>;
  reflections: Map<string, readonly Reflection[]>;
}

/** Rows by key; the groups are frozen, as they are shared with every turn that uses the snapshot. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  for (const group of groups.values()) Object.freeze(group);
  return groups;
}

function countBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const k = key(row);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** Grouped once per snapshot (snapshots are kept between turns while nothing changes). */
const groupedSnapshots = new WeakMap<Snapshot, Grouped>();

function grouped(snap: Snapshot): Grouped {
  let g = groupedSnapshots.get(snap);
  if (!g) {
    g = {
      meetings: groupBy(
        [...snap.meetings].sort((x, y) => x.number - y.number || x.createdAt.localeCompare(y.createdAt)),
        (m) => m.broedplaatsId,
      ),
      followUps: groupBy(snap.followUps, (f) => f.broedplaatsId),
      halfDays: groupBy(snap.halfDays, (h) => h.broedplaatsId),
      undelivered: countBy(
        snap.undelivered.filter((u) => !u.seenAt),
        (u) => u.broedplaatsId ?? '',
      ),
      invitations: groupBy(snap.invitations, (i) => i.meetingId),
      rsvps: groupBy(snap.rsvps, (r) => r.invitationId),
      prompts: countBy(snap.prompts, (p) => p.meetingId),
      reflections: groupBy(snap.reflections, (r) => r.meetingId),
    };
    groupedSnapshots.set(snap, g);
  }
  return g;
}

/** The row of each broedplaats, computed from the snapshot at `now`. */
export function statusRows(deps: FeatureDeps, snap: Snapshot, now: DateTime): StatusRow[] {
  const nowMs = now.toMillis();
  const g = grouped(snap);
  return snap.broedplaatsen.map((b) => {
    const meetings = [...(g.meetings.get(b.id) ?? [])];
    const followUps = g.followUps.get(b.id) ?? [];
    const openFollowUps = followUps.filter((f) => f.status === 'open').length;
    const overdueFollowUps = followUps.filter((f) => isOverdue(f, now)).length;
    const phase = derivePhase(b, meetings, openFollowUps, deps.config.reflectionDelayMinutes, now);
    const upcoming = meetings
      .filter(
        (m) => m.status === 'polling' || (m.status === 'scheduled' && m.start && instantMs(m.start) > nowMs),
      )
      .sort((x, y) => (x.start ?? '9999').localeCompare(y.start ?? '9999'));
    const nextMeeting = upcoming[0];
    const invited = nextMeeting ? (g.invitations.get(nextMeeting.id) ?? []) : [];
    const nextTally = nextMeeting
      ? tallyRsvps(
          invited,
          invited.flatMap((i) => g.rsvps.get(i.id) ?? []),
        )
      : undefined;
    const asked = meetings.filter((m) => g.prompts.has(m.id));
    const latest = asked[asked.length - 1];
    const latestReflection = latest
      ? {
          meeting: latest,
          results: summarize(g.prompts.get(latest.id) ?? 0, g.reflections.get(latest.id) ?? []),
        }
      : undefined;
    const undelivered = g.undelivered.get(b.id) ?? 0;
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
      halfDays: g.halfDays.get(b.id) ?? [],
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
