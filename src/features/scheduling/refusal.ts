// Why a change of a meeting's moment was not made, in the user's words.
import type { Turn } from '../../bot/feature';
import type { MeetingRefusal } from '../../domain/meeting';

/** Why a change of the meeting's moment was not made, in the user's words. */
export function refusal(turn: Turn, why: MeetingRefusal): string {
  const c = turn.t.common;
  if (why === 'noSlot') return c.notFound;
  return why === 'over' ? c.over : turn.t.scheduling[why];
}
