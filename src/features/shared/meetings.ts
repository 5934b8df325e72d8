// Loading the meeting a click or a command is about, and checking it against the activity (never trusting card data):
// it exists, the card is used where the meeting lives, the actor may manage it, it is not over.
import type { ActionOutcome, Turn } from '../../bot/feature';
import type { Broedplaats } from '../../domain/broedplaats';
import { DateTime } from 'luxon';
import { isOpen, type Meeting } from '../../domain/meeting';
import { mayManage } from './access';
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

/**
 * The broedplaats and meeting named by a card, when both exist, the card is used in the conversation the meeting's
 * card lives in (unless `anyConversation`), the actor may manage it (with `manage`) and it is not over or called off
 * (with `open`); else the message to answer with (nothing changes). `notFound` replaces the text for a meeting gone.
 */
export async function loadMeeting(
  deps: FeatureDeps,
  turn: Turn,
  ids: { broedplaatsId: string; meetingId: string },
  opts: { manage: boolean; anyConversation?: boolean; open?: boolean; notFound?: string },
): Promise<MeetingContext | { refuse: ActionOutcome }> {
  const t = turn.t.common;
  const [b, meeting] = await turn.takeReadAhead(readKey(ids), () => readMeeting(deps, ids));
  if (!b || !meeting) return { refuse: { message: opts.notFound ?? t.notFound } };
  if (!opts.anyConversation && meeting.value.poll.conversationId !== turn.conversation.id) {
    return { refuse: { message: turn.t.common.wrongConversation } };
  }
  if (opts.manage && !(await mayManage(deps, turn, b.value))) return { refuse: { message: t.notAllowed } };
  if (opts.open && !isOpen(meeting.value, DateTime.fromJSDate(deps.now())))
    return { refuse: { message: t.over } };
  return { b: b.value, meeting };
}
