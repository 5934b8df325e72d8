// Fields of the one log line written per turn, filled in while the turn runs (never message texts).
import { AsyncLocalStorage } from 'node:async_hooks';

export interface TurnLogFields {
  /** What handled the turn, e.g. "command:help", "action:poll.vote", "unknown". */
  route?: string;
  /** How it ended when not normally, e.g. "refused-tenant", "error:storage". */
  outcome?: string;
}

export const turnLog = new AsyncLocalStorage<TurnLogFields>();

/** Adds fields to the current turn's log line (no-op outside a turn). */
export function annotateTurn(fields: TurnLogFields): void {
  const current = turnLog.getStore();
  if (current) Object.assign(current, fields);
}
