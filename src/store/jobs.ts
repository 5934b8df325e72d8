// The jobs table: due work (reminders, prompts, deliveries) claimed with ETag-guarded leases; done jobs recorded apart.
import { odata, type TableClient } from '@azure/data-tables';
import { z } from 'zod';
import { escapeKey, newestFirstKey } from './keys';
import { ConflictError, JsonTable, type Stored } from './json-table';

export const jobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  dueAt: z.string(),
  payload: z.unknown(),
  attempts: z.number().int(),
  /** Which instance holds it, and until when (ISO); '' when nobody does. */
  leaseOwner: z.string(),
  leaseUntil: z.string(),
  lastError: z.string().optional(),
  createdAt: z.string(),
});
export type Job = z.infer<typeof jobSchema>;

const doneSchema = z.object({
  id: z.string(),
  kind: z.string(),
  outcome: z.enum(['done', 'failed']),
  at: z.string(),
  attempts: z.number().int(),
  error: z.string().optional(),
});
export type DoneJob = z.infer<typeof doneSchema>;

const PENDING = 'job';
const DONE = 'done';

/** Pending jobs (one row each, partition "job") and the record of finished ones (table JobsDone). */
export class JobStore {
  private readonly jobs: JsonTable<typeof jobSchema>;
  private readonly done: JsonTable<typeof doneSchema>;

  constructor(jobClient: TableClient, doneClient: TableClient) {
    this.jobs = new JsonTable(jobClient, jobSchema, (j) => ({
      dueAt: j.dueAt,
      leaseUntil: j.leaseUntil,
      kind: j.kind,
    }));
    this.done = new JsonTable(doneClient, doneSchema, (d) => ({ kind: d.kind, outcome: d.outcome }));
  }

  /** Adds a job, or replaces the pending job with the same id (new due time or payload). */
  async put(job: Job): Promise<void> {
    await this.jobs.put(PENDING, escapeKey(job.id), job);
  }

  async get(id: string): Promise<Stored<Job> | undefined> {
    return this.jobs.get(PENDING, escapeKey(id));
  }

  /** Removes a pending job (a no-op when it is not there). */
  async remove(id: string): Promise<void> {
    await this.jobs.delete(PENDING, escapeKey(id));
  }

  /** Jobs due at `nowIso` that nobody holds (or whose holder's lease ran out), earliest first. */
  async due(nowIso: string, limit: number): Promise<Stored<Job>[]> {
    const rows = await this.jobs.query(
      odata`PartitionKey eq ${PENDING} and dueAt le ${nowIso} and leaseUntil le ${nowIso}`,
      limit,
    );
    return rows.sort((a, b) => a.value.dueAt.localeCompare(b.value.dueAt));
  }

  /** Takes a job for `owner` until `untilIso`; throws ConflictError when another instance was first. */
  async claim(job: Stored<Job>, owner: string, untilIso: string): Promise<Stored<Job>> {
    return this.jobs.replace(job, { ...job.value, leaseOwner: owner, leaseUntil: untilIso });
  }

  /** Gives a claimed job back for another try at `dueAtIso`. */
  async retry(job: Stored<Job>, dueAtIso: string, error: string): Promise<void> {
    await this.jobs.replace(job, {
      ...job.value,
      dueAt: dueAtIso,
      leaseOwner: '',
      leaseUntil: '',
      attempts: job.value.attempts + 1,
      lastError: error,
    });
  }

  /**
   * Records a claimed job as finished and removes it. The record comes first: if the instance dies in
   * between, whoever claims the job next sees it is finished and only removes it.
   */
  async finish(job: Stored<Job>, outcome: 'done' | 'failed', atIso: string, error?: string): Promise<void> {
    await this.done
      .create(DONE, escapeKey(job.value.id), {
        id: job.value.id,
        kind: job.value.kind,
        outcome,
        at: atIso,
        attempts: job.value.attempts + 1,
        error,
      })
      .catch((e: unknown) => {
        if (!(e instanceof ConflictError)) throw e;
      });
    await this.jobs.delete(PENDING, escapeKey(job.value.id), job.etag).catch((e: unknown) => {
      if (!(e instanceof ConflictError)) throw e;
    });
  }

  /** The record of a finished job, if it finished. */
  async finished(id: string): Promise<DoneJob | undefined> {
    return (await this.done.get(DONE, escapeKey(id)))?.value;
  }
}

/** A failed delivery the project lead should see. */
export const undeliveredSchema = z.object({
  at: z.string(),
  purpose: z.string(),
  broedplaatsId: z.string().optional(),
  recipient: z.string().optional(),
  conversationId: z.string().optional(),
  reason: z.string(),
  /** When someone responsible marked it seen (it no longer counts as needing attention). */
  seenAt: z.string().optional(),
});
export type Undelivered = z.infer<typeof undeliveredSchema>;

/** Messages that could not be delivered after the last try, newest first. */
export class UndeliveredStore {
  private readonly table: JsonTable<typeof undeliveredSchema>;

  constructor(client: TableClient) {
    this.table = new JsonTable(client, undeliveredSchema, (u) => ({ broedplaatsId: u.broedplaatsId ?? '' }));
  }

  async record(u: Undelivered, id: string): Promise<void> {
    await this.table.put('undelivered', `${newestFirstKey(Date.parse(u.at))}-${escapeKey(id)}`, u);
  }

  /** All records (newest first), or those of one broedplaats. */
  async list(broedplaatsId?: string): Promise<Undelivered[]> {
    const filter = broedplaatsId
      ? odata`PartitionKey eq ${'undelivered'} and broedplaatsId eq ${broedplaatsId}`
      : odata`PartitionKey eq ${'undelivered'}`;
    return (await this.table.query(filter)).map((r) => r.value);
  }

  /** Marks the records of one broedplaats not seen yet, up to `upTo` (as shown), as seen at `at`; returns how many. */
  async markSeen(broedplaatsId: string, at: string, upTo: string): Promise<number> {
    const rows = await this.table.query(
      odata`PartitionKey eq ${'undelivered'} and broedplaatsId eq ${broedplaatsId}`,
    );
    let marked = 0;
    for (const row of rows.filter((r) => !r.value.seenAt && Date.parse(r.value.at) <= Date.parse(upTo))) {
      await this.table.update(row.partitionKey, row.rowKey, (u) =>
        u && !u.seenAt ? { ...u, seenAt: at } : undefined,
      );
      marked++;
    }
    return marked;
  }
}
