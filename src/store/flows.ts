// Conversational flows in progress (an intake, …): one row per flow kind, conversation and user, ETag-guarded.
import type { TableClient } from '@azure/data-tables';
import type { z } from 'zod';
import { escapeKey } from './keys';
import { writeRecording, type TurnClaim } from './claims';
import { JsonTable, type Stored } from './json-table';

/** Where a user's flow lives: one per kind, per conversation, per user (one intake per user in a channel). */
export interface FlowKey {
  conversationId: string;
  userKey: string;
}

/** The drafts of one flow kind, validated with that flow's schema. */
export class FlowStore<S extends z.ZodTypeAny> {
  private readonly table: JsonTable<S>;

  constructor(
    client: TableClient,
    private readonly kind: string,
    schema: S,
  ) {
    this.table = new JsonTable(client, schema);
  }

  private keys(key: FlowKey): [string, string] {
    return [escapeKey(key.conversationId), escapeKey(`${this.kind}|${key.userKey}`)];
  }

  /** The draft, with its ETag, or undefined. */
  get(key: FlowKey): Promise<Stored<z.infer<S>> | undefined> {
    return this.table.get(...this.keys(key));
  }

  /**
   * Saves a draft: a new one only if none exists, an existing one only if unchanged since it was read. The
   * row records the key of the turn that writes it among its last turns' (which claims the activity when it
   * was not claimed yet, so a flow's step costs one write); a lost race against a redelivery of the same
   * activity throws DuplicateActivityError.
   */
  async save(
    key: FlowKey,
    value: z.infer<S>,
    current?: Stored<z.infer<S>>,
    claim?: TurnClaim,
  ): Promise<Stored<z.infer<S>>> {
    return writeRecording(
      claim,
      current,
      (marks) => this.table.writeOver(current, ...this.keys(key), value, marks),
      () => this.get(key),
    );
  }

  /** Removes a draft (guarded by the ETag it was read with, when given). */
  delete(key: FlowKey, etag?: string): Promise<void> {
    return this.table.delete(...this.keys(key), etag);
  }
}
