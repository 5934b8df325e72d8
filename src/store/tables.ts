// Azure Tables access: one client per table (prefixed names), counted storage calls per turn, health ping.
import { AsyncLocalStorage } from 'node:async_hooks';
import {
  RestError,
  TableClient,
  TableServiceClient,
  type TableServiceClientOptions,
} from '@azure/data-tables';
import { DefaultAzureCredential } from '@azure/identity';
import type { PipelinePolicy, PipelineRequest } from '@azure/core-rest-pipeline';

/** Storage calls made during one unit of work (a turn, a job), by kind. */
export interface StorageCounters {
  reads: number;
  writes: number;
  queries: number;
}

/** Carries the counters of the current turn through async calls; the per-turn log line reads them. */
export const storageCallCounter = new AsyncLocalStorage<StorageCounters>();

/** Runs `work` with fresh storage counters and returns its result together with the counters. */
export async function countStorageCalls<T>(
  work: () => Promise<T>,
): Promise<{ result: T; counters: StorageCounters }> {
  const counters: StorageCounters = { reads: 0, writes: 0, queries: 0 };
  const result = await storageCallCounter.run(counters, work);
  return { result, counters };
}

const countingPolicy: PipelinePolicy = {
  name: 'broedplaatsStorageCallCounter',
  async sendRequest(request, next) {
    const counters = storageCallCounter.getStore();
    if (counters) {
      if (request.method !== 'GET') counters.writes++;
      // A point read addresses one entity: Table(PartitionKey='…',RowKey='…'); a query ends in Table().
      else if (/\(.+\)$/.test(new URL(request.url).pathname)) counters.reads++;
      else counters.queries++;
    }
    return next(request);
  },
};

/** Any character outside ASCII, one UTF-16 code unit at a time (a surrogate pair gives two escapes, as JSON wants). */
const NON_ASCII = /[\u0080-\uffff]/g;

/** Bodies whose only non-ASCII text sits in JSON strings: entities, and batches (multipart parts of JSON). */
const JSON_BODY = /^\s*(application\/json|multipart\/mixed)\b/i;

/**
 * Sends JSON and batch bodies as pure ASCII: each non-ASCII character becomes its JSON escape `\uXXXX`, which reads
 * back as the same character; URLs and headers in a batch are ASCII already (percent-encoded keys).
 */
const asciiBodyPolicy: PipelinePolicy = {
  name: 'broedplaatsAsciiBody',
  sendRequest(request, next) {
    const body = request.body;
    // Azurite 3.35 decodes each TCP chunk on its own, so a character split between two is lost (Azure/Azurite#2670).
    if (
      typeof body === 'string' &&
      body.search(NON_ASCII) >= 0 &&
      JSON_BODY.test(request.headers.get('Content-Type') ?? '')
    ) {
      request.body = body.replace(NON_ASCII, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
      // No step ahead of this one measures the body today; should one, its length would be stale.
      if (request.headers.has('Content-Length')) {
        request.headers.set('Content-Length', Buffer.byteLength(request.body));
      }
    }
    return next(request);
  },
};

/**
 * Runs after a write to a watched table (named without the prefix), before the write's caller gets its answer:
 * 'written' when storage confirmed it, 'unknown' when it may have landed (no answer, a server error).
 */
export type WriteHook = (table: string, outcome: 'written' | 'unknown') => Promise<void>;

/** How to reach the storage account. */
export type StorageTarget = { connectionString: string } | { accountUrl: string };

/** Short retries: a turn must answer within seconds even when storage is down. */
const CLIENT_OPTIONS: TableServiceClientOptions = {
  retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1000 },
  additionalPolicies: [
    { policy: countingPolicy, position: 'perCall' },
    { policy: asciiBodyPolicy, position: 'perCall' },
  ],
};

/**
 * Hands out TableClients for the bot's tables, all names carrying one prefix, so several deployments
 * (or parallel tests) can share a storage account.
 */
export class Tables {
  private readonly clients = new Map<string, TableClient>();
  private readonly service: TableServiceClient;
  /** Hooks by table name (without the prefix), see `afterWrites`. */
  private readonly writeHooks = new Map<string, WriteHook>();
  /** How often each request in flight was sent (the client retries), for `writeWatch`. */
  private readonly attempts = new WeakMap<PipelineRequest, number>();
  private readonly attemptCounter: PipelinePolicy = {
    name: 'broedplaatsAttempts',
    sendRequest: (request, next) => {
      this.attempts.set(request, (this.attempts.get(request) ?? 0) + 1);
      return next(request);
    },
  };

  constructor(
    private readonly target: StorageTarget,
    readonly prefix: string,
  ) {
    this.service =
      'connectionString' in target
        ? TableServiceClient.fromConnectionString(
            target.connectionString,
            this.options(target.connectionString),
          )
        : new TableServiceClient(target.accountUrl, new DefaultAzureCredential(), CLIENT_OPTIONS);
  }

  /** The client for table `name` (the prefix is added here). */
  table(name: string): TableClient {
    const full = this.prefix + name;
    let client = this.clients.get(full);
    if (!client) {
      const base =
        'connectionString' in this.target ? this.options(this.target.connectionString) : CLIENT_OPTIONS;
      const options: TableServiceClientOptions = {
        ...base,
        additionalPolicies: [
          ...(base.additionalPolicies ?? []),
          { policy: this.writeWatch(name), position: 'perCall' },
          { policy: this.attemptCounter, position: 'perRetry' },
        ],
      };
      client =
        'connectionString' in this.target
          ? TableClient.fromConnectionString(this.target.connectionString, full, options)
          : new TableClient(this.target.accountUrl, full, new DefaultAzureCredential(), options);
      this.clients.set(full, client);
    }
    return client;
  }

  /**
   * Runs `hook` after every write (insert, update, upsert, delete, batch) to the named tables that succeeded or may
   * have, through any client of this instance, and answers the writer only when it has run: whoever learns of a
   * write can also see what the hook recorded.
   */
  afterWrites(names: readonly string[], hook: WriteHook): void {
    // A later store opened on the same tables (a restart in place) takes the hooks over.
    for (const name of names) this.writeHooks.set(name, hook);
  }

  private writeWatch(name: string): PipelinePolicy {
    return {
      name: 'broedplaatsWriteWatch',
      sendRequest: async (request, next) => {
        const hook = request.method === 'GET' ? undefined : this.writeHooks.get(name);
        if (!hook) return next(request);
        let response;
        try {
          response = await next(request);
        } catch (e) {
          const outcome = this.writeOutcome(request, e instanceof RestError ? e.statusCode : undefined);
          if (outcome) await hook(name, outcome);
          throw e;
        }
        const outcome = this.writeOutcome(request, response.status);
        if (outcome) await hook(name, outcome);
        return response;
      },
    };
  }

  /** What a write's final status (undefined: no answer) says of it; undefined when it surely changed nothing. */
  private writeOutcome(
    request: PipelineRequest,
    status: number | undefined,
  ): 'written' | 'unknown' | undefined {
    if (status === undefined || status >= 500) return 'unknown';
    if (status < 300) return 'written';
    // A 4xx refuses a write (conflict, precondition, missing row), unless an earlier attempt of it was sent: that
    // one may have landed (its answer lost) and caused the refusal, so it counts as written.
    if (status >= 400) return (this.attempts.get(request) ?? 0) > 1 ? 'written' : undefined;
    return 'unknown';
  }

  /** Creates the named tables when they do not exist yet. */
  async ensure(names: readonly string[]): Promise<void> {
    await Promise.all(names.map((n) => this.service.createTable(this.prefix + n)));
  }

  /** Resolves when the storage service answers; rejects with its error otherwise. */
  async ping(): Promise<void> {
    const pages = this.service.listTables().byPage({ maxPageSize: 1 });
    await pages.next();
  }

  private options(connectionString: string): TableServiceClientOptions {
    const insecure =
      /TableEndpoint=http:\/\//i.test(connectionString) ||
      /UseDevelopmentStorage=true/i.test(connectionString);
    return { ...CLIENT_OPTIONS, allowInsecureConnection: insecure };
  }
}
