// Claims on incoming activities: the first delivery of an activity id claims it, a redelivery finds it taken.
import { createHash } from 'node:crypto';
import { odata, RestError, type TableClient } from '@azure/data-tables';
import { storageFault } from './json-table';

/** The row key space: a hash of conversation and activity id, so the table holds nothing personal. */
function keyOf(conversationId: string, activityId: string): string {
  return createHash('sha256').update(`${conversationId}|${activityId}`).digest('hex').slice(0, 40);
}

export class ActivityClaims {
  constructor(private readonly client: TableClient) {}

  /** True for the first claim of this activity; false when it was claimed before (by any instance). */
  async claim(conversationId: string, activityId: string, at: Date): Promise<boolean> {
    try {
      await this.client.createEntity({
        partitionKey: keyOf(conversationId, activityId),
        rowKey: '',
        at: at.toISOString(),
      });
      return true;
    } catch (e) {
      if (e instanceof RestError && e.statusCode === 409) return false;
      throw storageFault(e);
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
