// Answering an invitation behind its personal link (people outside Teams): what the page shows, and storing the answer.
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Broedplaats } from '../../domain/broedplaats';
import {
  answersOpen,
  inviteeForgotten,
  RSVP_ANSWERS,
  type Invitation,
  type Rsvp,
  type RsvpAnswer,
} from '../../domain/invitation';
import { linkVoterId, VOTE_ANSWERS, type Meeting, type Vote, type VoteAnswer } from '../../domain/meeting';
import { NO_CLAIM } from '../../store/claims';
import type { FeatureDeps } from '../../bot/deps';
import { icsUrl, refreshSharedCard } from '../scheduling';
import type { LinkProblem } from '../../web/form-page';
import { readRsvpToken } from './links';
import { recordRsvp, type RsvpProblem } from './rsvp';
import { inviteeLabel, marksOf } from './views';

/** Everything the answer page shows for one invitation. */
export interface RsvpPageModel {
  b: Broedplaats;
  m: Meeting;
  inv: Invitation;
  /** Others who accepted (labels). */
  coming: string[];
  rsvp?: Rsvp;
  /** This invitee's marks on the date poll, by slot id (only while the date is being chosen). */
  marks: Record<string, VoteAnswer>;
  /** Answers can be given or changed. */
  open: boolean;
  /** The calendar file, once accepted (or tentative) and the meeting is scheduled. */
  calendarUrl?: string;
}

export type RsvpPageLoad = { ok: true; page: RsvpPageModel } | { ok: false; reason: LinkProblem };

/** What the page's form posts (all optional strings; checked here). */
export const rsvpFormSchema = z
  .object({
    answer: z.union([z.enum(RSVP_ANSWERS), z.literal('')]).optional(),
    note: z.string().max(5000).optional(),
    delegateName: z.string().max(1000).optional(),
    delegateEmail: z.string().max(1000).optional(),
    /** `slot.<slotId>` → yes / maybe / no. */
    marks: z.record(z.string().max(100), z.enum(VOTE_ANSWERS)).default({}),
  })
  .strict();
export type RsvpForm = z.infer<typeof rsvpFormSchema>;

export type RsvpSubmit =
  | { ok: true }
  | { ok: false; reason: LinkProblem }
  | { ok: false; problem: RsvpProblem | 'nothing' | 'badSlot'; page: RsvpPageModel; form: RsvpForm };

export class WebRsvp {
  constructor(private readonly deps: FeatureDeps) {}

  /** Reads the token and loads what the page shows; a meeting that is over makes the link expired. */
  /** What is wrong with the link itself (its signature or lifetime), read without storage; undefined when nothing. */
  linkProblem(token: string): LinkProblem | undefined {
    const ids = readRsvpToken(this.deps.links.secret, token, this.deps.now());
    return ids.ok ? undefined : ids.reason;
  }

  async load(token: string): Promise<RsvpPageLoad> {
    const now = this.deps.now();
    const ids = readRsvpToken(this.deps.links.secret, token, now);
    if (!ids.ok) return ids;
    const [invRow, bRow, mRow] = await Promise.all([
      this.deps.store.invitations.get(ids.meetingId, ids.invitationId),
      this.deps.store.broedplaatsen.get(ids.broedplaatsId),
      this.deps.store.meetings.get(ids.broedplaatsId, ids.meetingId),
    ]);
    if (!invRow || !bRow || !mRow || invRow.value.broedplaatsId !== ids.broedplaatsId)
      return { ok: false, reason: 'invalid' };
    const m = mRow.value;
    if (m.end && DateTime.fromISO(m.end) <= DateTime.fromJSDate(now)) return { ok: false, reason: 'expired' };
    const inv = invRow.value;
    if (inviteeForgotten(inv)) return { ok: false, reason: 'removed' };
    const [all, rsvps, votes] = await Promise.all([
      this.deps.store.invitations.listFor(m.id),
      this.deps.store.invitations.rsvpsOf(m.id),
      m.status === 'polling' ? this.deps.store.meetings.votesOf(m.id) : Promise.resolve([] as Vote[]),
    ]);
    return { ok: true, page: this.model(bRow.value, m, inv, all, rsvps, votes) };
  }

  private model(
    b: Broedplaats,
    m: Meeting,
    inv: Invitation,
    all: readonly Invitation[],
    rsvps: readonly Rsvp[],
    votes: readonly Vote[],
  ): RsvpPageModel {
    const rsvp = rsvps.find((r) => r.invitationId === inv.id);
    const accepted = new Set(rsvps.filter((r) => r.answer === 'accepted').map((r) => r.invitationId));
    const marks = marksOf(inv, votes);
    const showCalendar =
      m.status === 'scheduled' && (rsvp?.answer === 'accepted' || rsvp?.answer === 'tentative');
    return {
      b,
      m,
      inv,
      coming: all.filter((o) => o.id !== inv.id && accepted.has(o.id)).map(inviteeLabel),
      rsvp,
      marks,
      open: answersOpen(m, DateTime.fromJSDate(this.deps.now())),
      calendarUrl: showCalendar ? icsUrl(this.deps, m) : undefined,
    };
  }

  /**
   * Stores what the form says: marks on the date poll (each its own vote row, the shared card updated) and
   * the answer (the same row the Teams card writes, so the tally and `status` show it).
   */
  async submit(token: string, form: RsvpForm): Promise<RsvpSubmit> {
    const loaded = await this.load(token);
    if (!loaded.ok) return loaded;
    const { b, m, inv } = loaded.page;
    const refuse = (problem: RsvpProblem | 'nothing' | 'badSlot'): RsvpSubmit => ({
      ok: false,
      problem,
      page: loaded.page,
      form,
    });
    if (!loaded.page.open) return refuse('closed');
    const marks = m.status === 'polling' ? Object.entries(form.marks) : [];
    if (marks.some(([slotId]) => !m.slots.some((s) => s.id === slotId))) return refuse('badSlot');
    const answer: RsvpAnswer | undefined = form.answer || undefined;
    if (!answer && marks.length === 0) return refuse('nothing');
    const by = { aadObjectId: '', id: linkVoterId(inv.id), name: inv.invitee.name };
    if (answer) {
      const conversation = await this.deps.store.conversations.get(m.poll.conversationId);
      const address = conversation?.value.address;
      const result = await recordRsvp(
        this.deps,
        { b, m, inv, by, via: 'web', tenantId: address?.conversation.tenantId, hint: address },
        { answer, note: form.note, delegateName: form.delegateName, delegateEmail: form.delegateEmail },
      );
      if (!result.ok) return refuse(result.problem);
    }
    if (marks.length) {
      const at = this.deps.now().toISOString();
      // An invitee in Teams votes in the row their clicks in Teams write: one person, one vote per moment.
      const voter = { ...by, aadObjectId: inv.invitee.aadObjectId ?? '', name: inviteeLabel(inv) };
      const read = await this.deps.store.meetings.voteRowsOf(m.id);
      for (const [slotId, mark] of marks)
        await this.deps.store.meetings.recordVote(m.id, { slotId, answer: mark, voter, at }, read, NO_CLAIM);
      await refreshSharedCard(this.deps, b, m.id);
    }
    return { ok: true };
  }
}
