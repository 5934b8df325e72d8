// Where a user's intake is kept: one per user, per conversation.
import type { Turn } from '../../bot/feature';

/** The user's own intake in this conversation: one per user, per conversation. */
export function intakeKey(turn: Turn): { conversationId: string; userKey: string } {
  return { conversationId: turn.conversation.id, userKey: turn.actor.aadObjectId ?? turn.actor.id };
}
