// What went wrong in a turn or a page, in one place: storage out of reach, a write that lost a race, or a fault.
import type { Texts } from '../i18n';
import type { Logger } from '../logger';
import { ConflictError, StorageUnavailableError } from '../store/json-table';

export type FailureKind = 'storage' | 'conflict' | 'fault';

/** The kind of a failure (a storage error wrapped by the web server counts as the storage's). */
export function failureKind(e: unknown): FailureKind {
  const cause = e instanceof Error ? e.cause : undefined;
  if (e instanceof StorageUnavailableError || cause instanceof StorageUnavailableError) return 'storage';
  if (e instanceof ConflictError) return 'conflict';
  return 'fault';
}

/** Logs a failure as its kind deserves (without message texts): storage out of reach as a warning, a fault as an error. */
export function logFailure(logger: Logger, e: unknown, what: string): FailureKind {
  const kind = failureKind(e);
  if (kind === 'storage') logger.warn({ err: e }, `${what}: storage unavailable`);
  else if (kind === 'fault') logger.error({ err: e }, `${what} failed`);
  return kind;
}

/** What the user is told in Teams of a failed turn. */
export function turnFailureText(t: Texts, kind: FailureKind): string {
  if (kind === 'storage') return t.errors.storageDown;
  if (kind === 'conflict') return t.errors.conflict;
  return t.errors.tryAgain;
}

/** What a page behind a personal link answers for a failure: its status and its text. */
export function pageFailure(t: Texts, kind: FailureKind): { status: number; text: string } {
  return kind === 'storage' ? { status: 503, text: t.web.storageDown } : { status: 500, text: t.web.error };
}
