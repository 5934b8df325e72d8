// The Bot Framework's signing keys, fetched with a deadline and a backoff: when the metadata cannot be had, requests
// are answered 503 at once instead of each starting a new fetch and failing with the fetch's own error text.
import { AuthenticationError } from 'botframework-connector';
import { OpenIdMetadata } from 'botframework-connector/lib/auth/openIdMetadata';
import { withDeadline } from '../bot/deadline';

/** How long one fetch of the metadata and keys may take. */
const FETCH_DEADLINE_MS = 10_000;
/** Waits after a failed fetch before the next one: doubles from the first to the last. */
const BACKOFF_MS = { first: 2_000, last: 5 * 60_000 };

/** The text of the error below, which the adapter answers as 500: the server answers it 503 instead. */
export const AUTH_METADATA_UNAVAILABLE = 'signing keys unavailable';

/** Thrown while the signing keys cannot be had. */
export class AuthMetadataUnavailableError extends Error {
  override readonly name = 'AuthMetadataUnavailableError';
  constructor() {
    super(AUTH_METADATA_UNAVAILABLE);
  }
}

interface Refreshing {
  refreshCache(): Promise<void>;
}

interface GuardState {
  failures: number;
  retryAt: number;
  inFlight: Promise<void> | undefined;
}

/** Per metadata document (the channel's and the emulator's each have their own): one failing does not stop the other. */
const states = new WeakMap<object, GuardState>();

function stateOf(metadata: object): GuardState {
  let state = states.get(metadata);
  if (!state) states.set(metadata, (state = { failures: 0, retryAt: 0, inFlight: undefined }));
  return state;
}

let installed = false;

/**
 * Puts a deadline, one fetch at a time and a backoff in front of botframework-connector's metadata refresh (it
 * has none: offline, every request refetched and answered 500 with the URL in its text). Idempotent.
 */
export function guardAuthMetadata(now: () => number = Date.now): void {
  if (installed) return;
  installed = true;
  const proto = OpenIdMetadata.prototype as unknown as Refreshing;
  const original = proto.refreshCache;
  proto.refreshCache = function (this: Refreshing): Promise<void> {
    const state = stateOf(this);
    if (state.inFlight) return state.inFlight;
    if (state.failures > 0 && now() < state.retryAt)
      return Promise.reject(new AuthMetadataUnavailableError());
    const attempt = withDeadline(original.call(this), FETCH_DEADLINE_MS).then(
      () => {
        state.failures = 0;
        state.inFlight = undefined;
      },
      (e: unknown) => {
        state.failures++;
        state.retryAt = now() + Math.min(BACKOFF_MS.last, BACKOFF_MS.first * 2 ** (state.failures - 1));
        state.inFlight = undefined;
        // A refused key (the service answered) stays an authentication error; anything else means unavailable.
        throw e instanceof AuthenticationError && !/Failed to load/.test(e.message)
          ? e
          : new AuthMetadataUnavailableError();
      },
    );
    state.inFlight = attempt;
    return attempt;
  };
}
