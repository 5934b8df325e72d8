// The programme's version: one row every write to the programme's tables moves on, so a whole-programme read can be
// kept between turns, on every instance, for as long as that row says nothing changed.
import { randomUUID } from 'node:crypto';
import { RestError, type TableClient } from '@azure/data-tables';
import { storageFault } from './json-table';

const PARTITION = 'programme';
const ROW = 'version';

/** How long a kept read is used at most, even when the version did not move (bounds the cost of a lost move). */
export const KEPT_READ_MAX_AGE_MS = 60_000;

/** A version move that failed is tried again after this, then twice as long each time, up to the last. */
const FIRST_RETRY_MS = 1_000;
const LAST_RETRY_MS = 30_000;

interface Kept {
  version: string;
  /** performance.now() when the read began. */
  at: number;
  value: Promise<unknown>;
}

/**
 * Every successful write to a programme table (see `afterWrites` in tables.ts) stores a new random version before
 * the writer gets its answer. A read of the whole programme that began after reading version V therefore sees
 * every write whose version move finished before V was read; kept under V, it is current for whoever reads V
 * again. The version is the row's ETag with its value, so even a retried upsert of an old value counts as new.
 * A move that fails (storage down right after the write), or a write whose outcome is unknown, drops this
 * instance's kept reads and is tried again in the background until it succeeds, which tells the other instances;
 * until then their kept reads are at most `KEPT_READ_MAX_AGE_MS` old.
 */
export class ProgrammeVersion {
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  private unsure = false;
  private readonly kept = new Map<string, Kept>();
  private retry: ReturnType<typeof setTimeout> | undefined;
  private retryDelayMs: number;
  /** Called when moving the version on failed; set by the bot to log it. */
  onFault: (e: unknown) => void = () => undefined;

  constructor(
    private readonly client: TableClient,
    private readonly maxAgeMs = KEPT_READ_MAX_AGE_MS,
    private readonly firstRetryMs = FIRST_RETRY_MS,
  ) {
    this.retryDelayMs = firstRetryMs;
  }

  /** The current version: a point read of its row ('' before the first write). */
  async current(): Promise<string> {
    try {
      const row = await this.client.getEntity<{ v?: string }>(PARTITION, ROW);
      return `${row.etag}|${typeof row.v === 'string' ? row.v : ''}`;
    } catch (e) {
      if (e instanceof RestError && e.statusCode === 404) return '';
      throw storageFault(e);
    }
  }

  /**
   * Moves the version on, after a write: resolves once a new version, stored after this call began, is in place.
   * Calls during a move share the one that follows it. Never rejects (see the class comment).
   */
  changed(): Promise<void> {
    if (!this.running) {
      this.running = this.move().finally(() => {
        this.running = undefined;
      });
      return this.running;
    }
    this.queued ??= this.running.then(() => {
      this.queued = undefined;
      return this.changed();
    });
    return this.queued;
  }

  /**
   * A write may have landed without storage saying so (no answer, a server error): this instance keeps no read
   * until the version moves on again, which is tried in the background until it succeeds.
   */
  doubt(): void {
    this.unsure = true;
    this.kept.clear();
    if (this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.changed();
    }, this.retryDelayMs);
    this.retry.unref();
    this.retryDelayMs = Math.min(this.retryDelayMs * 2, LAST_RETRY_MS);
  }

  /**
   * `load()`'s result, shared with every caller that asks by `name` while the version stays the one read before
   * `load` began (and for at most the maximum age). The result is shared: callers must not change it.
   */
  async read<T>(name: string, load: () => Promise<T>): Promise<T> {
    const version = await this.current();
    const kept = this.kept.get(name);
    if (
      kept &&
      !this.unsure &&
      kept.version === version &&
      version !== '' &&
      performance.now() - kept.at < this.maxAgeMs
    )
      return kept.value as Promise<T>;
    const entry: Kept = { version, at: performance.now(), value: load() };
    this.kept.set(name, entry);
    entry.value.catch(() => {
      if (this.kept.get(name) === entry) this.kept.delete(name);
    });
    return entry.value as Promise<T>;
  }

  private async move(): Promise<void> {
    try {
      await this.client.upsertEntity({ partitionKey: PARTITION, rowKey: ROW, v: randomUUID() }, 'Replace');
      this.unsure = false;
      this.retryDelayMs = this.firstRetryMs;
      clearTimeout(this.retry);
      this.retry = undefined;
    } catch (e) {
      this.doubt();
      try {
        this.onFault(storageFault(e));
      } catch {
        // Reporting must not turn a write that succeeded into an error for its writer.
      }
    }
  }
}
