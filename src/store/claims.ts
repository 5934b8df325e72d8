// Claims on incoming activities: the first delivery of an activity id claims it, a redelivery finds it taken.
import { createHash, randomUUID } from 'node:crypto';
import { odata, RestError, type TableClient } from '@azure/data-tables';
import { ConflictError, storageFault, type RowMarks, type Stored } from './json-table';

/** How many turns' keys a row records (a redelivery comes within minutes, before many more writes of that row). */
const RECORDED_TURNS = 5;

/** The row key space: a hash of conversation and activity id, so the table holds nothing personal. */
function keyOf(conversationId: string, activityId: string): string {
  return createHash('sha256').update(`${conversationId}|${activityId}`).digest('hex').slice(0, 40);
}

/** The activity was handled before (redelivered by Teams, or retried): the turn ends without effects. */
export class DuplicateActivityError extends Error {
  override readonly name = 'DuplicateActivityError';
  constructor() {
    super('Activity handled before');
  }
}

/**
 * The claim of one incoming activity, taken before the turn's first effect (a message sent, a row written), so
 * a redelivered activity runs once. It is taken in a row of its own in ActivityClaims, or by the one row the turn
 * writes anyway (a flow's draft, a voter's row) recording the activity's key, which saves that write. Such a row
 * records the keys of its last turns either way, so a redelivery that reaches it again finds the activity handled.
 */
export interface TurnClaim {
  /** Claims the activity in its own row unless it is claimed already; throws DuplicateActivityError when it was. */
  ensure(): Promise<void>;
  /**
   * The activity's key, for a row the turn writes to record (a redelivery reading that row finds it handled);
   * undefined for activities without an id.
   */
  readonly key: string | undefined;
  /** This delivery's mark on the rows it writes, to tell its own write from another delivery's. */
  readonly nonce: string;
  /**
   * Before a write that records `key`: waits for a claim in its own row that is under way (throws
   * DuplicateActivityError when that finds the activity handled before).
   */
  beforeRecord(): Promise<void>;
  /** A write recording `key` succeeded: the activity is claimed (when it was not yet). */
  recorded(): void;
  /** Throws DuplicateActivityError when the keys a row recorded include this activity's. */
  checkRecorded(keys: readonly string[] | undefined): void;
}

/** The claim of an activity without an id (installs, member changes): nothing to claim, never a duplicate. */
export const NO_CLAIM: TurnClaim = {
  ensure: () => Promise.resolve(),
  key: undefined,
  nonce: '',
  beforeRecord: () => Promise.resolve(),
  recorded: () => undefined,
  checkRecorded: () => undefined,
};

/** The claim of one activity with an id; `duplicate` tells afterwards whether the turn found it handled. */
export class ActivityClaim implements TurnClaim {
  private state: 'open' | 'own' | 'recorded' = 'open';
  private pending: Promise<void> | undefined;
  private seenBefore = false;
  readonly key: string;
  /** This turn, among deliveries of the same activity (marks its own claim row and draft writes). */
  readonly nonce = randomUUID();

  constructor(
    private readonly claims: ActivityClaims,
    private readonly conversationId: string,
    private readonly activityId: string,
    private readonly now: () => Date,
  ) {
    this.key = keyOf(conversationId, activityId);
  }

  get duplicate(): boolean {
    return this.seenBefore;
  }

  /** Starts claiming in its own row now, while the turn reads (its first effect waits for it). */
  start(): void {
    this.ensure().catch(() => undefined);
  }

  async ensure(): Promise<void> {
    if (this.seenBefore) throw new DuplicateActivityError();
    if (this.state !== 'open') return;
    this.pending ??= this.claims.claim(this.conversationId, this.activityId, this.now(), this.nonce).then(
      (first) => {
        if (!first) {
          this.seenBefore = true;
          throw new DuplicateActivityError();
        }
        if (this.state === 'open') this.state = 'own';
      },
      (e: unknown) => {
        // Storage did not answer: the next effect (telling the user) tries again.
        this.pending = undefined;
        throw e;
      },
    );
    await this.pending;
  }

  async beforeRecord(): Promise<void> {
    if (this.seenBefore) throw new DuplicateActivityError();
    if (this.pending)
      await this.pending.catch((e: unknown) => {
        if (e instanceof DuplicateActivityError) throw e;
        // A claim in its own row that failed: the write that records the key claims the activity instead.
      });
  }

  recorded(): void {
    if (this.state === 'open') this.state = 'recorded';
  }

  checkRecorded(keys: readonly string[] | undefined): void {
    if (keys?.includes(this.key)) {
      this.seenBefore = true;
      throw new DuplicateActivityError();
    }
  }

  /** Gives a claim of its own back (its turn failed before it was handled), so a redelivery runs it. */
  async release(): Promise<void> {
    // A claim started early may still be on its way: it must land before it can be given back.
    await this.pending?.catch(() => undefined);
    if (this.state === 'own') await this.claims.release(this.conversationId, this.activityId);
  }
}

/**
 * Writes a row that records the turn's key among its last turns' (see TurnClaim), which claims the activity when it
 * was not claimed yet. `write` stores the marks it is given with the row, only over the row as `current` read it (by
 * ETag) or as a new row, and throws ConflictError otherwise. On a conflict the row is read again (`reread`): when
 * this very write landed and only its answer was lost, that row is returned; when the row records this activity
 * (another delivery of it won), DuplicateActivityError is thrown; else the ConflictError.
 */
export async function writeRecording<T>(
  claim: TurnClaim | undefined,
  current: RowMarks | undefined,
  write: (marks: RowMarks) => Promise<Stored<T>>,
  reread: () => Promise<Stored<T> | undefined>,
): Promise<Stored<T>> {
  const turnKey = claim?.key;
  const earlier = (current?.turns ?? []).filter((k) => k !== turnKey);
  const turns = [...earlier, ...(turnKey ? [turnKey] : [])].slice(-RECORDED_TURNS);
  const marks = { turns, writer: claim?.nonce || undefined };
  await claim?.beforeRecord();
  try {
    const saved = await write(marks);
    claim?.recorded();
    return saved;
  } catch (e) {
    if (!(turnKey && e instanceof ConflictError)) throw e;
    const now = await reread();
    if (now && marks.writer && now.writer === marks.writer) {
      claim?.recorded();
      return now;
    }
    claim?.checkRecorded(now?.turns);
    throw e;
  }
}

export class ActivityClaims {
  constructor(private readonly client: TableClient) {}

  /**
   * True for the first claim of this activity; false when it was claimed before (by any instance). `by` marks
   * the claimant, so a claim whose insert was retried after it had landed (a lost answer) is still its own.
   */
  async claim(conversationId: string, activityId: string, at: Date, by = ''): Promise<boolean> {
    return this.claimKey(keyOf(conversationId, activityId), at, by);
  }

  /** Claims the activities whose keys a flow's draft recorded, before the flow closes (see IntakeFlow). */
  async claimRecorded(keys: readonly string[], at: Date): Promise<void> {
    await Promise.all(keys.map((key) => this.claimKey(key, at, '')));
  }

  private async claimKey(key: string, at: Date, by: string): Promise<boolean> {
    try {
      await this.client.createEntity({ partitionKey: key, rowKey: '', at: at.toISOString(), by });
      return true;
    } catch (e) {
      if (!(e instanceof RestError && e.statusCode === 409)) throw storageFault(e);
      if (!by) return false;
      const existing = await this.client.getEntity<{ by?: string }>(key, '').catch((r: unknown) => {
        throw storageFault(r);
      });
      return existing.by === by;
    }
  }

  /** Gives a claim back (its turn failed before it was handled), so a redelivery runs it. */
  async release(conversationId: string, activityId: string): Promise<void> {
    try {
      await this.client.deleteEntity(keyOf(conversationId, activityId), '');
    } catch (e) {
      if (!(e instanceof RestError && e.statusCode === 404)) throw storageFault(e);
    }
  }

  /** Removes claims made before `before` (redeliveries come within minutes); returns how many. */
  async prune(before: Date): Promise<number> {
    let removed = 0;
    try {
      const old = this.client.listEntities<{ at: string }>({
        queryOptions: { filter: odata`at lt ${before.toISOString()}`, select: ['at'] },
      });
      for await (const row of old) {
        await this.client.deleteEntity(row.partitionKey ?? '', row.rowKey ?? '').catch(() => undefined);
        removed++;
      }
    } catch (e) {
      throw storageFault(e);
    }
    return removed;
  }
}
