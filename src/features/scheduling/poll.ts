// The date poll: votes (one row each), each voter's own view, the shared card kept current, closing on a moment.
import { DateTime } from 'luxon';
import type { ActionOutcome, Turn } from '../../bot/feature';
import type { Broedplaats } from '../../domain/broedplaats';
import {
  castAt,
  closePoll,
  formatSlot,
  type Transition,
  type Vote,
  type VoteAnswer,
} from '../../domain/meeting';
import { votesWith } from '../../store/meetings';
import { escapeMarkdown } from '../../domain/text';
import { localeOf, textsFor } from '../../i18n';
import { keptAddress } from '../../store/conversations';
import type { FeatureDeps } from '../../bot/deps';
import { loadMeeting, readMeetingAhead } from '../shared/meetings';
import { refusal } from './refusal';
import { closeCard, meetingCard } from './views';

type Ids = { broedplaatsId: string; meetingId: string };

const votesKey = (meetingId: string): string => `poll:votes:${meetingId}`;

/**
 * Brings the meeting's shared card up to date for everyone (coalesced: many votes at once cause few
 * updates). Failures are logged; the votes themselves are already stored. The address of the turn `asking` (as
 * kept) is used instead of the stored address of the card's conversation when it is that conversation.
 */
export async function refreshSharedCard(
  deps: FeatureDeps,
  b: Broedplaats,
  meetingId: string,
  asking?: Pick<Turn, 'address' | 'conversation'>,
): Promise<void> {
  const here = asking && keptAddress(asking.address, asking.conversation.kind);
  await deps.coalescer
    .request(`meeting:${meetingId}`, async () => {
      const m = await deps.store.meetings.get(b.id, meetingId);
      const messageId = m?.value.poll.messageId;
      if (!m || !messageId) return;
      const { conversationId, locale: pollLocale } = m.value.poll;
      // The stored address is read when the language comes from it (a poll stored without one) or the asking
      // turn is elsewhere.
      const address =
        pollLocale && here?.conversation.id === conversationId
          ? here
          : (await deps.store.conversations.get(conversationId))?.value.address;
      if (!address) return;
      const votes = m.value.status === 'polling' ? await deps.store.meetings.votesOf(meetingId) : [];
      const locale = pollLocale ?? localeOf(address.locale);
      const card = meetingCard(deps, textsFor(locale), locale, b, m.value, votes);
      await deps.outbox.deliver(
        { kind: 'update', address, messageId, card },
        { card },
        { purpose: 'meeting-card', broedplaatsId: b.id },
      );
    })
    .catch((e: unknown) => deps.logger.warn({ err: e }, 'shared meeting card not updated'));
}

export class Poll {
  constructor(private readonly deps: FeatureDeps) {}

  private viewer(turn: Turn) {
    return { aadObjectId: turn.actor.aadObjectId, id: turn.actor.id };
  }

  /** Starts reading the meeting and the poll's votes while the turn's state loads (a vote's `prefetch`). */
  prefetchVote(turn: Turn, data: Ids): void {
    readMeetingAhead(this.deps, turn, data);
    turn.readAhead(votesKey(data.meetingId), () => this.deps.store.meetings.voteRowsOf(data.meetingId));
  }

  /**
   * A vote for one slot: stored as the voter's own row, which claims the activity (the action `recordsClaim`), unless
   * a later click of the voter's on the slot is stored already (then nothing is written, and that one is shown);
   * answers with their view; the shared card follows.
   */
  async vote(turn: Turn, data: Ids & { slotId: string; answer: VoteAnswer }): Promise<ActionOutcome> {
    const loaded = await loadMeeting(this.deps, turn, data, { manage: false });
    if ('refuse' in loaded) return loaded.refuse;
    const { b, meeting } = loaded;
    const m = meeting.value;
    if (m.status !== 'polling') return { message: turn.t.scheduling.pollClosed };
    if (!m.slots.some((s) => s.id === data.slotId)) return { message: turn.t.common.notFound };
    const vote: Vote = {
      slotId: data.slotId,
      answer: data.answer,
      voter: { aadObjectId: turn.actor.aadObjectId ?? '', id: turn.actor.id, name: turn.actor.name },
      at: castAt(turn.sentAt, this.deps.now()),
    };
    // The poll's votes (mostly read ahead) give the voter's row as it stands, to write over only as read; the
    // voter's card shows them with this vote in place of the voter's earlier one for the slot.
    const read = await turn.takeReadAhead(votesKey(m.id), () => this.deps.store.meetings.voteRowsOf(m.id));
    // What stands is this vote, or a later click of the voter's on the slot that was stored first.
    const stands = await this.deps.store.meetings.recordVote(m.id, vote, read, turn.claim);
    const votes = await this.deps.store.meetings.counted(
      m.id,
      votesWith(
        read.map((r) => r.value),
        stands,
      ),
    );
    // The shared card follows after the voter's answer (it reads the votes afresh, and coalesces a burst of
    // votes into a few updates): the voter does not wait for it, nor for its pacing. A vote not stored changes
    // nothing on it.
    if (stands === vote) void refreshSharedCard(this.deps, b, m.id, turn);
    return { card: meetingCard(this.deps, turn.t, turn.locale, b, m, votes, this.viewer(turn)) };
  }

  /** Teams asks for a user's own view of the card (automatic refresh): nothing is written. */
  async refresh(turn: Turn, data: Ids): Promise<ActionOutcome> {
    const loaded = await loadMeeting(this.deps, turn, data, { manage: false });
    if ('refuse' in loaded) return loaded.refuse;
    const { b, meeting } = loaded;
    const votes =
      meeting.value.status === 'polling' ? await this.deps.store.meetings.votesOf(meeting.value.id) : [];
    return { card: meetingCard(this.deps, turn.t, turn.locale, b, meeting.value, votes, this.viewer(turn)) };
  }

  /** "Peiling sluiten": for a contact, the slots best first to choose from. */
  async manage(turn: Turn, data: Ids): Promise<ActionOutcome> {
    const loaded = await loadMeeting(this.deps, turn, data, { manage: true });
    if ('refuse' in loaded) return loaded.refuse;
    const { b, meeting } = loaded;
    if (meeting.value.status !== 'polling') return { message: turn.t.scheduling.notPolling };
    const votes = await this.deps.store.meetings.votesOf(meeting.value.id);
    return { card: closeCard(turn.t, turn.locale, b, meeting.value, votes) };
  }

  /** "Dit moment kiezen": the meeting is fixed on that slot, and the card shows it to everyone. */
  async close(turn: Turn, data: Ids & { slotId: string }): Promise<ActionOutcome> {
    const loaded = await loadMeeting(this.deps, turn, data, { manage: true });
    if ('refuse' in loaded) return loaded.refuse;
    const { b, meeting } = loaded;
    const now = DateTime.fromJSDate(this.deps.now());
    const person = { aadObjectId: turn.actor.aadObjectId ?? '', id: turn.actor.id, name: turn.actor.name };
    const first = closePoll(meeting.value, data.slotId, person, now);
    if (!first.ok) return { message: refusal(turn, first.why) };
    let result = first as Transition;
    const updated = await this.deps.store.meetings.update(b.id, meeting.value.id, (m) => {
      result = closePoll(m, data.slotId, person, now);
      return result.ok ? result.meeting : undefined;
    });
    if (!updated || !result.ok) return { message: refusal(turn, result.ok ? 'notPolling' : result.why) };
    const slot = { start: updated.value.start ?? '', end: updated.value.end ?? '' };
    await refreshSharedCard(this.deps, b, meeting.value.id, turn);
    await this.deps.announce({ turn, b, m: updated.value, change: { kind: 'fixed' } });
    await turn.send(
      turn.t.scheduling.meeting.scheduledNotice({ when: escapeMarkdown(formatSlot(slot, turn.locale)) }),
    );
    return { card: meetingCard(this.deps, turn.t, turn.locale, b, updated.value, []) };
  }
}
