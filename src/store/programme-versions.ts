// The programme's versions: one row per programme table that every write to that table moves on, so what was read
// of a table can be kept between turns, on every instance, for as long as its row says nothing changed.
import { randomUUID } from 'node:crypto';
import { odata, type TableClient } from '@azure/data-tables';
import { storageFault } from './json-table';

const PARTITION = 'programme';

/** The version of a table no write has moved yet (its row does not exist). */
const UNTOUCHED = 'untouched';

/**
 * How long a kept read is used at most, even when its version did not move. It bounds what a write that never
 * moved its version costs: one whose instance stopped between the write and the move (a window of milliseconds),
 * or one made by something else than the bot (an older release during a deployment, a hand edit).
 */
export const KEPT_READ_MAX_AGE_MS = 10 * 60_000;

/** A version move that failed is tried again after this, then twice as long each time, up to the last. */
const FIRST_RETRY_MS = 1_000;
const LAST_RETRY_MS = 30_000;

/** The versions of all programme tables at one moment, by table name (one query). */
export type Versions = ReadonlyMap<string, string>;

/** One table's version: its move in progress, a move queued behind it, a retry, and what was read under it. */
class TableVersion {
  running: Promise<void> | undefined;
  queued: Promise<void> | undefined;
  unsure = false;
  /** Counts doubts: a move that began before the latest doubt does not settle it. */
  doubts = 0;
  retry: ReturnType<typeof setTimeout> | undefined;
  retryDelayMs: number;
  kept: { version: string; at: number; value: Promise<unknown> } | undefined;

  constructor(firstRetryMs: number) {
    this.retryDelayMs = firstRetryMs;
  }
}

/**
 * Every successful write to a programme table (see `afterWrites` in tables.ts) stores a new random version in that
 * table's row before the writer gets its answer. A read of a table that began after reading its version V
 * therefore sees every write whose move finished before V was read; kept under V, it is current for whoever reads
 * V again. A version is the row's ETag with its value, so even a retried upsert of an old value counts as new.
 * A move that fails (storage down right after the write), or a write whose outcome is unknown, drops this
 * instance's kept read of that table and is tried again in the background until it succeeds, which tells the
 * other instances; until then their kept reads are at most `KEPT_READ_MAX_AGE_MS` old.
 */
export class ProgrammeVersions {
  private readonly tables = new Map<string, TableVersion>();
  /** Called when moving a version on failed; set by the bot to log it. */
  onFault: (e: unknown) => void = () => undefined;

  constructor(
    private readonly client: TableClient,
    private readonly maxAgeMs = KEPT_READ_MAX_AGE_MS,
    private readonly firstRetryMs = FIRST_RETRY_MS,
  ) {}

  /** The current version of every table (one query over the versions' partition). */
  async versions(): Promise<Versions> {
    const versions = new Map<string, string>();
    try {
      const rows = this.client.listEntities<{ v?: string }>({
        queryOptions: { filter: odata`PartitionKey eq ${PARTITION}` },
      });
      for await (const row of rows) versions.set(row.rowKey ?? '', `${row.etag}|${row.v ?? ''}`);
    } catch (e) {
      throw storageFault(e);
    }
    return versions;
  }

  /**
   * Moves `table`'s version on, after a write to it: resolves once a new version, stored after this call began, is
   * in place. Calls during a move share the one that follows it. Never rejects (see the class comment).
   */
  changed(table: string): Promise<void> {
    const t = this.of(table);
    if (!t.running) {
      t.running = this.move(table, t).finally(() => {
        t.running = undefined;
      });
      return t.running;
    }
    t.queued ??= t.running.then(() => {
      t.queued = undefined;
      return this.changed(table);
    });
    return t.queued;
  }

  /**
   * A write to `table` may have landed without storage saying so (no answer, a server error): this instance keeps
   * no read of it until its version moves on again, which is tried in the background until it succeeds.
   */
  doubt(table: string): void {
    const t = this.of(table);
    t.unsure = true;
    t.doubts++;
    t.kept = undefined;
    if (t.retry) return;
    t.retry = setTimeout(() => {
      t.retry = undefined;
      void this.changed(table);
    }, t.retryDelayMs);
    t.retry.unref();
    t.retryDelayMs = Math.min(t.retryDelayMs * 2, LAST_RETRY_MS);
  }

  /**
   * `load()`'s read of `table`, shared with every caller while the table's version in `versions` (read before)
   * stays the one the kept read began under, for at most the maximum age. Callers must not change the result.
   */
  read<T>(table: string, versions: Versions, load: () => Promise<T>): Promise<T> {
    const t = this.of(table);
    const version = versions.get(table) ?? UNTOUCHED;
    const kept = t.kept;
    if (kept && !t.unsure && kept.version === version && performance.now() - kept.at < this.maxAgeMs)
      return kept.value as Promise<T>;
    const entry = { version, at: performance.now(), value: load() };
    t.kept = entry;
    entry.value.catch(() => {
      if (t.kept === entry) t.kept = undefined;
    });
    return entry.value;
  }

  private of(table: string): TableVersion {
    let t = this.tables.get(table);
    if (!t) this.tables.set(table, (t = new TableVersion(this.firstRetryMs)));
    return t;
  }

  private async move(table: string, t: TableVersion): Promise<void> {
    const doubts = t.doubts;
    try {
      await this.client.upsertEntity({ partitionKey: PARTITION, rowKey: table, v: randomUUID() }, 'Replace');
      // A doubt raised while this move ran may be about a write that landed after it: its retry stays.
      if (t.doubts !== doubts) return;
      t.unsure = false;
      t.retryDelayMs = this.firstRetryMs;
      clearTimeout(t.retry);
      t.retry = undefined;
    } catch (e) {
      this.doubt(table);
      try {
        this.onFault(storageFault(e));
      } catch {
        // Reporting must not turn a write that succeeded into an error for its writer.
      }
    }
  }
}
