// A typed table of JSON documents: zod-validated on read, ETag-guarded on update, chunked past 64 KB.
import { RestError, type TableClient, type TableEntityResult } from '@azure/data-tables';
import type { z } from 'zod';
import { fromChunks, toChunks } from './chunks';

/** A write lost a race: the row changed (or appeared, or vanished) since it was read. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(
    readonly table: string,
    readonly reason: 'changed' | 'exists' | 'missing',
  ) {
    super(`Storage conflict in ${table}: row ${reason}`);
  }
}

/** Storage did not answer (down, overloaded, unreachable): users are asked to try again shortly. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
  constructor(override readonly cause: unknown) {
    super(`Storage unavailable: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** Turns a transport failure or a server-side error of Azure Tables into StorageUnavailableError. */
export function storageFault(e: unknown): unknown {
  if (e instanceof RestError && (e.statusCode === undefined || e.statusCode >= 500 || e.statusCode === 429)) {
    return new StorageUnavailableError(e);
  }
  return e;
}

/** A stored row did not match its schema: a fault to log, never shown to users as is. */
export class CorruptRowError extends Error {
  override readonly name = 'CorruptRowError';
}

/** What a row records beside its document (see TurnClaim), when a writer left it. */
export interface RowMarks {
  /** Keys of the turns that wrote this row last. */
  turns?: readonly string[];
  /** The mark of the delivery that wrote this row last. */
  writer?: string;
}

/** One row read back: its keys, its ETag, its validated value and its marks. */
export interface Stored<T> extends RowMarks {
  partitionKey: string;
  rowKey: string;
  etag: string;
  value: T;
}

/** Values copied out of the document into columns of their own (same name), for `$filter` queries. */
export type Column = string | number | boolean | Date;

type RawEntity = Record<string, unknown> & { partitionKey: string; rowKey: string; etag: string };

/** Decoded rows kept per table, by key and ETag (the oldest goes first when full). */
const DECODED_ROWS = 1000;

/** Freezes a decoded document and everything in it: it is shared by every later read of the same row version. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Stores documents of one schema in one table. Each row is `{ n, d0..dn, ...columns }`: the JSON
 * document in chunks plus any columns the repository projects for queries (filter on them by name).
 */
export class JsonTable<S extends z.ZodTypeAny> {
  /**
   * Rows decoded before, by key, with the ETag they had: a row read again unchanged (same ETag) is not parsed and
   * validated again. The values are frozen, so no reader can change what the next one gets.
   */
  private readonly decoded = new Map<string, { etag: string; value: z.infer<S> }>();

  constructor(
    readonly client: TableClient,
    private readonly schema: S,
    private readonly columns: (value: z.infer<S>) => Record<string, Column> = () => ({}),
  ) {}

  /** Reads one row, or undefined when it does not exist. */
  async get(partitionKey: string, rowKey: string): Promise<Stored<z.infer<S>> | undefined> {
    try {
      const entity = await this.client.getEntity<Record<string, unknown>>(partitionKey, rowKey);
      return this.decode(entity);
    } catch (e) {
      if (e instanceof RestError && e.statusCode === 404) return undefined;
      throw storageFault(e);
    }
  }

  /** Inserts a new row; throws ConflictError('exists') when the row is already there. */
  async create(
    partitionKey: string,
    rowKey: string,
    value: z.infer<S>,
    marks?: RowMarks,
  ): Promise<Stored<z.infer<S>>> {
    const entity = this.encode(partitionKey, rowKey, value, marks);
    try {
      const res = await this.client.createEntity(entity);
      return { partitionKey, rowKey, etag: res.etag ?? '', value, ...marks };
    } catch (e) {
      if (e instanceof RestError && e.statusCode === 409)
        throw new ConflictError(this.client.tableName, 'exists');
      throw storageFault(e);
    }
  }

  /**
   * Replaces a row only if it still has the ETag it was read with; throws ConflictError otherwise,
   * so a concurrent change is never silently overwritten.
   */
  async replace(
    current: Pick<Stored<unknown>, 'partitionKey' | 'rowKey' | 'etag'>,
    value: z.infer<S>,
    marks?: RowMarks,
  ): Promise<Stored<z.infer<S>>> {
    const entity = this.encode(current.partitionKey, current.rowKey, value, marks);
    try {
      const res = await this.client.updateEntity(entity, 'Replace', { etag: current.etag });
      return {
        partitionKey: current.partitionKey,
        rowKey: current.rowKey,
        etag: res.etag ?? '',
        value,
        ...marks,
      };
    } catch (e) {
      if (e instanceof RestError && e.statusCode === 412)
        throw new ConflictError(this.client.tableName, 'changed');
      if (e instanceof RestError && e.statusCode === 404)
        throw new ConflictError(this.client.tableName, 'missing');
      throw storageFault(e);
    }
  }

  /**
   * Writes a row only over `current` as it was read (by ETag), or as a new row when none was read: ConflictError
   * otherwise (see `replace` and `create`).
   */
  writeOver(
    current: Pick<Stored<unknown>, 'partitionKey' | 'rowKey' | 'etag'> | undefined,
    partitionKey: string,
    rowKey: string,
    value: z.infer<S>,
    marks?: RowMarks,
  ): Promise<Stored<z.infer<S>>> {
    return current ? this.replace(current, value, marks) : this.create(partitionKey, rowKey, value, marks);
  }

  /**
   * Writes a row whatever is there. Only for rows with a single writer (one user's own vote or answer,
   * keyed by that user), where last-write-wins is the intended meaning.
   */
  async put(partitionKey: string, rowKey: string, value: z.infer<S>): Promise<Stored<z.infer<S>>> {
    try {
      const res = await this.client.upsertEntity(this.encode(partitionKey, rowKey, value), 'Replace');
      return { partitionKey, rowKey, etag: res.etag ?? '', value };
    } catch (e) {
      throw storageFault(e);
    }
  }

  /**
   * Read-modify-write with optimistic concurrency: `change` gets the current value (or undefined) and
   * returns the new one (or undefined to leave the row as it is). Retried on conflict.
   */
  async update(
    partitionKey: string,
    rowKey: string,
    change: (current: z.infer<S> | undefined) => z.infer<S> | undefined,
    attempts = 8,
  ): Promise<Stored<z.infer<S>> | undefined> {
    for (let i = 0; ; i++) {
      const current = await this.get(partitionKey, rowKey);
      const next = change(current?.value);
      if (next === undefined) return current;
      try {
        return current ? await this.replace(current, next) : await this.create(partitionKey, rowKey, next);
      } catch (e) {
        if (!(e instanceof ConflictError) || i + 1 >= attempts) throw e;
        await new Promise((r) => setTimeout(r, Math.random() * 20 * (i + 1)));
      }
    }
  }

  /** Deletes a row (guarded by its ETag when given); a missing row is not an error. */
  async delete(partitionKey: string, rowKey: string, etag?: string): Promise<void> {
    try {
      await this.client.deleteEntity(partitionKey, rowKey, etag ? { etag } : undefined);
    } catch (e) {
      if (e instanceof RestError && e.statusCode === 404) return;
      if (e instanceof RestError && e.statusCode === 412)
        throw new ConflictError(this.client.tableName, 'changed');
      throw storageFault(e);
    }
  }

  /** All rows matching an OData filter (build it with the `odata` template tag; '' for all), up to `limit`. */
  async query(filter: string, limit = 5000): Promise<Stored<z.infer<S>>[]> {
    const rows: Stored<z.infer<S>>[] = [];
    const pages = this.client
      .listEntities<Record<string, unknown>>(filter ? { queryOptions: { filter } } : {})
      .byPage({ maxPageSize: Math.min(limit, 1000) });
    try {
      for await (const page of pages) {
        for (const entity of page) {
          rows.push(this.decode(entity));
          if (rows.length >= limit) return rows;
        }
      }
    } catch (e) {
      throw storageFault(e);
    }
    return rows;
  }

  private encode(
    partitionKey: string,
    rowKey: string,
    value: z.infer<S>,
    marks?: RowMarks,
  ): Record<string, unknown> & { partitionKey: string; rowKey: string } {
    const json = JSON.stringify(this.schema.parse(value));
    const entity: Record<string, unknown> & { partitionKey: string; rowKey: string } = {
      partitionKey,
      rowKey,
      ...toChunks(json),
    };
    for (const [k, v] of Object.entries(this.columns(value))) {
      if (/^(n|d\d+|turns|writer|PartitionKey|RowKey|Timestamp)$/.test(k))
        throw new Error(`Reserved column name ${k}`);
      entity[k] = v;
    }
    if (marks?.turns?.length) entity.turns = marks.turns.join(',');
    if (marks?.writer) entity.writer = marks.writer;
    return entity;
  }

  private decode(entity: TableEntityResult<Record<string, unknown>>): Stored<z.infer<S>> {
    const raw = entity as unknown as RawEntity;
    const key = `${raw.partitionKey}\n${raw.rowKey}`;
    const known = raw.etag ? this.decoded.get(key) : undefined;
    const value = known?.etag === raw.etag ? known.value : this.parse(raw);
    if (known?.etag !== raw.etag && raw.etag) {
      this.decoded.delete(key);
      if (this.decoded.size >= DECODED_ROWS) {
        const oldest = this.decoded.keys().next().value;
        if (oldest !== undefined) this.decoded.delete(oldest);
      }
      this.decoded.set(key, { etag: raw.etag, value });
    }
    const stored: Stored<z.infer<S>> = {
      partitionKey: raw.partitionKey,
      rowKey: raw.rowKey,
      etag: raw.etag,
      value,
    };
    if (typeof raw.turns === 'string' && raw.turns) stored.turns = raw.turns.split(',');
    if (typeof raw.writer === 'string' && raw.writer) stored.writer = raw.writer;
    return stored;
  }

  /** Parses and validates a row's document; throws CorruptRowError when it is unreadable or off-schema. */
  private parse(raw: RawEntity): z.infer<S> {
    const json = fromChunks(raw);
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      throw new CorruptRowError(`Unreadable row in ${this.client.tableName}`);
    }
    const result = this.schema.safeParse(parsed);
    if (!result.success) {
      throw new CorruptRowError(
        `Row in ${this.client.tableName} does not match its schema: ${result.error.issues[0]?.message}`,
      );
    }
    return deepFreeze(result.data as z.infer<S>);
  }
}
