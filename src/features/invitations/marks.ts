// Marking the date poll's moments on the invitation card in Teams: the invitee's own votes, as on the shared poll card.
import { DateTime } from 'luxon';
import type { ActionOutcome, Turn } from '../../bot/feature';
import { answersOpen, isInvitee } from '../../domain/invitation';
import { castAt, type Vote, type VoteAnswer } from '../../domain/meeting';
import { votesWith } from '../../store/meetings';
import type { FeatureDeps } from '../../bot/deps';
import { refreshSharedCard } from '../scheduling';
import { loadInvitation, type InvitationIds } from './load';
import { invitationCard, marksOf } from './views';

export interface MarkInput extends InvitationIds {
  slotId: string;
  answer: VoteAnswer;
}

export class MomentMarks {
  constructor(private readonly deps: FeatureDeps) {}

  /**
   * The invitee's mark on one moment: only by the invitee, only while the date is being chosen, only for a moment
   * of the meeting. Stored as their vote on the poll (the row a click of theirs on the shared poll card writes, so
   * one person has one vote per moment), which claims the activity (the action `recordsClaim`); the shared poll card
   * follows, and the invitee's card shows their marks.
   */
  async mark(turn: Turn, data: MarkInput): Promise<ActionOutcome> {
    const t = turn.t.invitations;
    const loaded = await loadInvitation(this.deps, data);
    if (!loaded) return { message: t.notFound };
    const { inv, b, m } = loaded;
    const actor = turn.actor.aadObjectId;
    if (!actor || !isInvitee(inv, actor)) return { message: t.notInvitee };
    const card = async (votes: readonly Vote[], status?: { text: string; color: 'Good' | 'Attention' }) => {
      const [all, rsvps] = await Promise.all([
        this.deps.store.invitations.listFor(m.id),
        this.deps.store.invitations.rsvpsOf(m.id),
      ]);
      return {
        card: invitationCard(turn.t, turn.locale, b, m, inv, all, rsvps, {
          forInvitee: true,
          open: answersOpen(m, DateTime.fromJSDate(this.deps.now())),
          rsvp: rsvps.find((r) => r.invitationId === inv.id),
          status,
          marks: marksOf(inv, votes),
        }),
      };
    };
    // A card from before the date was chosen: shown as it is now, without moments to mark.
    if (m.status !== 'polling') return card([], { text: t.marksClosed, color: 'Attention' });
    if (!m.slots.some((s) => s.id === data.slotId)) return { message: t.badSlot };
    const vote: Vote = {
      slotId: data.slotId,
      answer: data.answer,
      voter: { aadObjectId: actor, id: turn.actor.id, name: turn.actor.name },
      at: castAt(turn.sentAt, this.deps.now()),
    };
    const read = await this.deps.store.meetings.voteRowsOf(m.id);
    const stands = await this.deps.store.meetings.recordVote(m.id, vote, read, turn.claim);
    if (stands === vote) void refreshSharedCard(this.deps, b, m.id, turn);
    const votes = await this.deps.store.meetings.counted(
      m.id,
      votesWith(
        read.map((r) => r.value),
        stands,
      ),
    );
    return card(votes, { text: t.marked, color: 'Good' });
  }
}
