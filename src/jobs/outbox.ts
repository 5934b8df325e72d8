// The outbox: every proactive message goes out paced by Teams' limits, retried on 429 and 5xx, never lost quietly.
import { z } from 'zod';
import type { Messenger, Outgoing, SendResult } from '../bot/feature';
import type { AdaptiveCard } from '../cards/render';
import { personRefSchema } from '../domain/broedplaats';
import type { Logger } from '../logger';
import {
  conversationAddressSchema,
  type ConversationAddress,
  type ConversationStore,
} from '../store/conversations';
import type { UndeliveredStore } from '../store/jobs';
import type { JobOutcome, JobQueue } from './queue';
import type { Job } from '../store/jobs';
import type { RateLimiter, Timing } from './rate-limiter';

/** Where a message goes: a stored conversation, a person 1:1 (found, or a chat opened in their tenant), or a card to replace. */
export type Target =
  | { kind: 'conversation'; address: ConversationAddress }
  | { kind: 'user'; aadObjectId: string; id?: string; tenantId?: string; hint?: ConversationAddress }
  | { kind: 'update'; address: ConversationAddress; messageId: string; card: AdaptiveCard };

/** What a delivery is for, kept when it fails so the project lead can see it. */
export interface DeliveryMeta {
  purpose: string;
  broedplaatsId?: string;
  recipient?: string;
}

/** Codes that say the person or chat is not there for the bot: no later try changes that, whatever the status. */
const FOR_GOOD =
  /\b(UserNotFound|ConversationNotFound|MemberNotFoundInConversation|BotNotInConversationRoster|ConversationBlockedByUser|BotDisabledByAdmin)\b/;

/** Statuses worth another try (Teams' guidance: 429, 412, 502, 504; also other 5xx and no answer at all). */
export function isRetryable(result: SendResult & { ok: false }): boolean {
  if (FOR_GOOD.test(result.reason)) return false;
  return (
    result.status === undefined || result.status === 429 || result.status === 412 || result.status >= 500
  );
}

/** Tries per message before it is recorded as undelivered. */
export const MAX_DELIVERY_ATTEMPTS = 8;
/** How long a turn may wait on one delivery before handing it to the job runner. */
export const IN_TURN_BUDGET_MS = 2_000;
/** How long one job run may wait on one delivery. */
export const JOB_BUDGET_MS = 60_000;
const BASE_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 60_000;

export const DELIVERY_JOB = 'outbox.deliver';

interface DeliveryJob {
  target: Target;
  message: Outgoing;
  meta: DeliveryMeta;
  attempts: number;
}

const cardSchema = z
  .object({ type: z.literal('AdaptiveCard'), version: z.string(), body: z.array(z.unknown()) })
  .passthrough();

/** A delivery job as read back from the jobs table: checked, since the row is data like any other. */
const deliveryJobSchema = z.object({
  target: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('conversation'), address: conversationAddressSchema }),
    z.object({
      kind: z.literal('user'),
      aadObjectId: z.string().min(1),
      id: z.string().min(1).optional(),
      tenantId: z.string().optional(),
      hint: conversationAddressSchema.optional(),
    }),
    z.object({
      kind: z.literal('update'),
      address: conversationAddressSchema,
      messageId: z.string().min(1),
      card: cardSchema,
    }),
  ]),
  message: z.union([
    z.string(),
    z.object({
      card: cardSchema,
      text: z.string().optional(),
      mentions: z.array(personRefSchema).optional(),
    }),
  ]),
  meta: z.object({
    purpose: z.string(),
    broedplaatsId: z.string().optional(),
    recipient: z.string().optional(),
  }),
  attempts: z.number().int().min(0),
}) satisfies z.ZodType<DeliveryJob>;

export type { Timing };

export const realTiming: Timing = {
  nowMs: () => Date.now(),
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
};

export type DeliveryResult = SendResult | { ok: false; reason: string; queued: true };

/** A try: delivered, refused for good, or refused for now with when to try again. */
type Attempt = SendResult | { ok: false; reason: string; status?: number; retryAt: number; attempts: number };

export class Outbox {
  constructor(
    private readonly deps: {
      messenger: Messenger;
      limiter: RateLimiter;
      queue: JobQueue;
      undelivered: UndeliveredStore;
      conversations: ConversationStore;
      logger: Logger;
      now: () => Date;
      newId: () => string;
      timing?: Timing;
    },
  ) {}

  /** Runs a delivery that waited (a `DELIVERY_JOB`, registered like every job, by a feature). */
  runDeliveryJob(job: Pick<Job, 'id' | 'payload'>): Promise<JobOutcome> {
    const parsed = deliveryJobSchema.safeParse(job.payload);
    if (parsed.success) return this.runJob(parsed.data);
    // Not a delivery this bot wrote (a damaged or hand-edited row): nothing can be sent; the job ends as failed.
    this.deps.logger.warn(
      { job: { id: job.id }, issues: parsed.error.issues.slice(0, 3) },
      'delivery job unreadable',
    );
    return Promise.resolve({ status: 'failed', error: 'unreadable delivery job' });
  }

  private get timing(): Timing {
    return this.deps.timing ?? realTiming;
  }

  /**
   * Delivers now when Teams lets it within `budgetMs`; otherwise the message waits in the jobs table and
   * the job runner delivers it (result `queued`). A message Teams refuses for good (403, 404, …) is recorded
   * as undelivered at once.
   */
  async deliver(
    target: Target,
    message: Outgoing,
    meta: DeliveryMeta,
    budgetMs = IN_TURN_BUDGET_MS,
  ): Promise<DeliveryResult> {
    const result = await this.attempt(target, message, budgetMs, 0);
    if (result.ok || !('retryAt' in result)) {
      if (!result.ok) await this.giveUp(target, meta, result.reason);
      return result.ok ? result : { ok: false, reason: result.reason, status: result.status };
    }
    await this.queueJob({ target, message, meta, attempts: result.attempts }, result.retryAt, result.reason);
    return { ok: false, reason: result.reason, queued: true };
  }

  private async queueJob(job: DeliveryJob, at: number, reason: string): Promise<void> {
    this.deps.logger.info(
      { purpose: job.meta.purpose, attempts: job.attempts, reason },
      'delivery queued for a later try',
    );
    await this.deps.queue.schedule(`deliver|${this.deps.newId()}`, DELIVERY_JOB, new Date(at), job);
  }

  private async runJob(job: DeliveryJob): Promise<JobOutcome> {
    const result = await this.attempt(job.target, job.message, JOB_BUDGET_MS, job.attempts);
    if (result.ok) return { status: 'done' };
    if ('retryAt' in result && result.attempts < MAX_DELIVERY_ATTEMPTS) {
      await this.queueJob({ ...job, attempts: result.attempts }, result.retryAt, result.reason);
      return { status: 'done' };
    }
    await this.giveUp(job.target, job.meta, result.reason);
    return { status: 'failed', error: result.reason };
  }

  private async giveUp(target: Target, meta: DeliveryMeta, reason: string): Promise<void> {
    this.deps.logger.warn({ purpose: meta.purpose, reason }, 'message not delivered');
    await this.deps.undelivered.record(
      {
        at: this.deps.now().toISOString(),
        purpose: meta.purpose,
        broedplaatsId: meta.broedplaatsId,
        recipient: meta.recipient,
        conversationId: target.kind === 'user' ? undefined : target.address.conversation.id,
        reason,
      },
      this.deps.newId(),
    );
  }

  /** Paced tries within the budget; a retryable failure past the budget says when to try next. */
  private async attempt(
    target: Target,
    message: Outgoing,
    budgetMs: number,
    attemptsBefore: number,
  ): Promise<Attempt> {
    const { nowMs, sleep } = this.timing;
    const deadline = nowMs() + budgetMs;
    let attempts = attemptsBefore;
    const resolved = await this.resolve(target);
    for (;;) {
      const wait = await this.deps.limiter.acquire(resolved.key, deadline, this.timing);
      if (wait > 0) return { ok: false, reason: 'rate limit', retryAt: nowMs() + wait, attempts };
      attempts++;
      let result: SendResult;
      try {
        result = await resolved.send(message);
      } finally {
        this.deps.limiter.release(resolved.key, nowMs());
      }
      if (result.ok) return result;
      if (!isRetryable(result) || attempts >= MAX_DELIVERY_ATTEMPTS) return result;
      const backoff =
        Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** (attempts - 1)) * (0.8 + Math.random() * 0.4);
      const pause = Math.max(result.retryAfterMs ?? 0, backoff);
      if (result.status === 429) this.deps.limiter.block(resolved.key, nowMs() + pause);
      if (nowMs() + pause > deadline)
        return {
          ok: false,
          reason: result.reason,
          status: result.status,
          retryAt: nowMs() + pause,
          attempts,
        };
      await sleep(pause);
    }
  }

  /** The rate-limit key and the call for a target (a person with a stored 1:1 chat is sent there). */
  private async resolve(
    target: Target,
  ): Promise<{ key: string; send: (m: Outgoing) => Promise<SendResult> }> {
    const { messenger } = this.deps;
    if (target.kind === 'conversation') {
      return { key: target.address.conversation.id, send: (m) => messenger.send(target.address, m) };
    }
    if (target.kind === 'update') {
      return {
        key: target.address.conversation.id,
        send: () => messenger.update(target.address, target.messageId, target.card),
      };
    }
    const chat = await this.deps.conversations.personalChatOf(target.aadObjectId);
    if (chat) return { key: chat.address.conversation.id, send: (m) => messenger.send(chat.address, m) };
    return {
      key: `user:${target.aadObjectId}`,
      send: (m) =>
        messenger.sendToUser(
          { aadObjectId: target.aadObjectId, id: target.id, tenantId: target.tenantId },
          m,
          target.hint,
        ),
    };
  }
}
