// Loading what a meeting card action is about, and checking it against the activity (never trusting card data).
import type { ActionOutcome, Turn } from '../../bot/feature';
import type { Broedplaats } from '../../domain/broedplaats';
import type { Meeting, MeetingRefusal } from '../../domain/meeting';
import { mayManage } from '../shared/access';
import type { Stored } from '../../store/json-table';
import type { FeatureDeps } from '../../bot/deps';

export interface MeetingContext {
  b: Broedplaats;
  meeting: Stored<Meeting>;
}

function readKey(ids: { broedplaatsId: string; meetingId: string }): string {
  return `meeting:${ids.broedplaatsId}:${ids.meetingId}`;
}

function readMeeting(
  deps: FeatureDeps,
  ids: { broedplaatsId: string; meetingId: string },
): Promise<[Stored<Broedplaats> | undefined, Stored<Meeting> | undefined]> {
  return Promise.all([
    deps.store.broedplaatsen.get(ids.broedplaatsId),
    deps.store.meetings.get(ids.broedplaatsId, ids.meetingId),
  ]);
}

/** Starts reading what `loadMeeting` reads, while the turn's state loads (the action's `prefetch`). */
export function readMeetingAhead(
  deps: FeatureDeps,
  turn: Turn,
  ids: { broedplaatsId: string; meetingId: string },
): void {
  turn.readAhead(readKey(ids), () => readMeeting(deps, ids));
}

/** Why a change of the meeting's moment was not made, in the user's words. */
export function refusal(turn: Turn, why: MeetingRefusal): string {
  const c = turn.t.common;
  if (why === 'noSlot') return c.notFound;
  return why === 'over' ? c.over : turn.t.scheduling[why];
}

/**
 * The broedplaats and meeting named by a card, when both exist and the card is used in the conversation
 * the meeting's card lives in; else the message to answer with (nothing changes).
 */
export async function loadMeeting(
  deps: FeatureDeps,
  turn: Turn,
  ids: { broedplaatsId: string; meetingId: string },
  opts: { manage: boolean; anyConversation?: boolean },
): Promise<MeetingContext | { refuse: ActionOutcome }> {
  const t = turn.t.common;
  const [b, meeting] = await turn.takeReadAhead(readKey(ids), () => readMeeting(deps, ids));
  if (!b || !meeting) return { refuse: { message: t.notFound } };
  if (!opts.anyConversation && meeting.value.poll.conversationId !== turn.conversation.id) {
    return { refuse: { message: turn.t.scheduling.wrongConversation } };
  }
  if (opts.manage && !(await mayManage(deps, turn, b.value))) return { refuse: { message: t.notAllowed } };
  return { b: b.value, meeting };
}
