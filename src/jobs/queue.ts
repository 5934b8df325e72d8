// The job runner: every instance polls for due jobs, claims each with a lease, runs its handler, records the end.
import { ConflictError } from '../store/json-table';
import type { Job, JobStore } from '../store/jobs';
import type { Logger } from '../logger';

/** What a handler reports: finished, try again at a moment, or give up. */
export type JobOutcome =
  { status: 'done' } | { status: 'retry'; at: Date; error: string } | { status: 'failed'; error: string };

export type JobHandler = (job: Job) => Promise<JobOutcome>;

/** How long an instance holds a claimed job; a crashed instance's jobs are taken over after this. */
export const LEASE_MS = 2 * 60_000;
/** Tries before a job that keeps throwing is given up. */
export const MAX_JOB_ATTEMPTS = 8;
/** Most jobs one poll takes on. */
const BATCH = 100;
/** Jobs of one poll run side by side, this many at a time. */
const PARALLEL = 20;

export interface QueueOptions {
  /** A name for this instance (in leases). */
  owner: string;
  now: () => Date;
  logger: Logger;
}

/** Due work for any number of instances: each job runs once, also when instances race or die mid-way. */
export class JobQueue {
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly store: JobStore,
    private readonly opts: QueueOptions,
  ) {}

  /** The handler for jobs of `kind`. */
  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Schedules (or reschedules) job `id`; the id makes it unique, e.g. "rsvp-reminder|<invitation>|7". */
  async schedule(id: string, kind: string, dueAt: Date, payload: unknown): Promise<void> {
    const now = this.opts.now().toISOString();
    await this.store.put({
      id,
      kind,
      dueAt: dueAt.toISOString(),
      payload,
      attempts: 0,
      leaseOwner: '',
      leaseUntil: '',
      createdAt: now,
    });
  }

  /** Drops a pending job (e.g. a reminder no longer needed). */
  async cancel(id: string): Promise<void> {
    await this.store.remove(id);
  }

  /** Runs every job due now once; returns how many this instance ran. Overlapping calls share one run. */
  runDue(): Promise<number> {
    this.running ??= this.runBatch().finally(() => (this.running = undefined));
    return this.running;
  }

  private async runBatch(): Promise<number> {
    const now = this.opts.now();
    const due = await this.store.due(now.toISOString(), BATCH);
    let ran = 0;
    for (let i = 0; i < due.length; i += PARALLEL) {
      const results = await Promise.all(due.slice(i, i + PARALLEL).map((job) => this.runOne(job)));
      ran += results.filter(Boolean).length;
    }
    return ran;
  }

  private async runOne(candidate: Awaited<ReturnType<JobStore['due']>>[number]): Promise<boolean> {
    const now = this.opts.now();
    let job;
    try {
      job = await this.store.claim(
        candidate,
        this.opts.owner,
        new Date(now.getTime() + LEASE_MS).toISOString(),
      );
    } catch (e) {
      if (e instanceof ConflictError) return false;
      throw e;
    }
    const finished = await this.store.finished(job.value.id);
    if (finished) {
      await this.store.finish(job, finished.outcome, finished.at, finished.error);
      return false;
    }
    const handler = this.handlers.get(job.value.kind);
    let outcome: JobOutcome;
    try {
      outcome = handler
        ? await handler(job.value)
        : { status: 'failed', error: `no handler for ${job.value.kind}` };
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      this.opts.logger.warn(
        { job: { kind: job.value.kind, attempts: job.value.attempts }, err: e },
        'job failed',
      );
      outcome =
        job.value.attempts + 1 >= MAX_JOB_ATTEMPTS
          ? { status: 'failed', error }
          : {
              status: 'retry',
              at: new Date(this.opts.now().getTime() + 2 ** job.value.attempts * 30_000),
              error,
            };
    }
    const at = this.opts.now().toISOString();
    try {
      if (outcome.status === 'retry') await this.store.retry(job, outcome.at.toISOString(), outcome.error);
      else
        await this.store.finish(
          job,
          outcome.status,
          at,
          outcome.status === 'failed' ? outcome.error : undefined,
        );
    } catch (e) {
      // Rescheduled while it ran (e.g. a meeting moved): the new version stands.
      if (!(e instanceof ConflictError)) throw e;
    }
    this.opts.logger.info(
      { job: { kind: job.value.kind, outcome: outcome.status, attempts: job.value.attempts + 1 } },
      'job',
    );
    return true;
  }

  /** Polls every `intervalMs` until stop(). */
  start(intervalMs: number): void {
    this.timer = setInterval(() => {
      this.runDue().catch((e: unknown) => this.opts.logger.warn({ err: e }, 'job poll failed'));
    }, intervalMs);
    this.timer.unref();
  }

  /** Stops polling and waits for the jobs in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }
}
