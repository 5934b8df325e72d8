// Messages that could not be sent outside the outbox (e-mail through Graph, notices after a stored change): kept with
// the ones Teams did not take, so the project lead sees them in the overview.
import type { Texts } from '../../i18n';
import type { Undelivered } from '../../store/jobs';
import type { FeatureDeps } from '../../bot/deps';

/** Logs (without personal data) and keeps one message that could not be sent, as the outbox does for Teams. */
export async function keepUndelivered(
  deps: Pick<FeatureDeps, 'store' | 'logger' | 'now' | 'newId'>,
  u: Omit<Undelivered, 'at' | 'seenAt'>,
): Promise<void> {
  deps.logger.warn({ purpose: u.purpose, reason: u.reason }, 'message not delivered');
  await deps.store.undelivered.record({ at: deps.now().toISOString(), ...u }, deps.newId());
}

/** Which of the plain explanations fits a kept reason (Teams' "403 BotNotInConversationRoster", a Graph failure, …). */
export function whyUndelivered(reason: string): keyof Texts['notDelivered'] {
  if (/graph|token request|mail/i.test(reason)) return 'mail';
  if (/ConversationBlockedByUser/.test(reason)) return 'blocked';
  if (/BotDisabledByAdmin/.test(reason)) return 'disabled';
  if (/BotNotInConversationRoster|no personal chat|not in Teams|^403\b/.test(reason)) return 'notReachable';
  if (/UserNotFound|MemberNotFoundInConversation|ConversationNotFound|^404\b|^not found$/.test(reason))
    return 'notFound';
  if (/^429\b|rate limit/.test(reason)) return 'busy';
  if (/^5\d\d\b/.test(reason)) return 'outage';
  return 'other';
}

/** A kept reason in the reader's words: never the code itself. */
export function reasonInWords(t: Texts, reason: string): string {
  return t.notDelivered[whyUndelivered(reason)];
}
