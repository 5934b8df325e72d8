// Messages that could not be sent outside the outbox (e-mail through Graph, notices after a stored change): kept with
// the ones Teams did not take, so the project lead sees them in the overview.
import type { Undelivered } from '../store/jobs';
import type { FeatureDeps } from '.';

/** Logs (without personal data) and keeps one message that could not be sent, as the outbox does for Teams. */
export async function keepUndelivered(
  deps: Pick<FeatureDeps, 'store' | 'logger' | 'now' | 'newId'>,
  u: Omit<Undelivered, 'at' | 'seenAt'>,
): Promise<void> {
  deps.logger.warn({ purpose: u.purpose, reason: u.reason }, 'message not delivered');
  await deps.store.undelivered.record({ at: deps.now().toISOString(), ...u }, deps.newId());
}
