// Proactive fan-out: the real Outbox, RateLimiter and JobQueue deliver 1,000 messages to a rate-limited connector stand-in.
import { randomUUID } from 'node:crypto';
import type { Messenger, Outgoing, SendResult } from '../src/bot/feature';
import type { Logger } from '../src/logger';
import { Outbox, type DeliveryResult } from '../src/jobs/outbox';
import { JobQueue } from '../src/jobs/queue';
import { RateLimiter, TEAMS_LIMITS, type Limits, type Window } from '../src/jobs/rate-limiter';
import type { Store } from '../src/store';
import type { ConversationAddress } from '../src/store/conversations';
import { BOT, TENANT } from './client';
import { ConnectorStandIn } from './connector';

/**
 * Teams' documented limits as the stand-in enforces them, written out here rather than taken from the bot
 * (so a wrong number in the bot's TEAMS_LIMITS would show as 429s).
 */
export const DOCUMENTED_LIMITS: Limits = {
  perConversation: [
    { count: 7, ms: 1_000 },
    { count: 8, ms: 2_000 },
    { count: 60, ms: 30_000 },
  ],
  perApp: [{ count: 50, ms: 1_000 }],
};

export interface FanoutResult {
  messages: number;
  conversations: number;
  /** From the first deliver() call to the last message accepted by the stand-in. */
  takenMs: number;
  /** The earliest moment the last message could go under the limits (zero network latency). */
  minimumMs: number;
  /** minimumMs / takenMs. */
  efficiency: number;
  delivered: number;
  lost: number;
  duplicates: number;
  /** 429 answers the stand-in gave, by the window that was full (a call can fill both). */
  throttled: number;
  throttledByConversation: number;
  throttledByApp: number;
  /** Most 429s one message got before it went through. */
  mostRefusalsForOneMessage: number;
  /** When 50 % and 99 % of the messages had been accepted (ms after the start). */
  halfDeliveredMs: number;
  nearlyAllDeliveredMs: number;
  /** When the first and the last conversation had received all its messages (ms after the start). */
  firstConversationDoneMs: number;
  lastConversationDoneMs: number;
  /** Messages that did not go within deliver()'s budget and went through the jobs table. */
  queued: number;
  /** Messages recorded as undelivered (should be 0). */
  failed: number;
}

/** A Messenger that posts to the Bot Connector over HTTP (Node's fetch) and returns failures as values. */
export function httpMessenger(): Messenger {
  async function call(method: string, url: string, body: unknown): Promise<SendResult> {
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    } catch (e) {
      return { ok: false, reason: e instanceof Error ? e.message : String(e) };
    }
    const text = await res.text();
    if (res.ok) {
      let id: string | undefined;
      try {
        id = (JSON.parse(text) as { id?: string }).id;
      } catch {
        id = undefined;
      }
      return { ok: true, messageId: id };
    }
    const retryAfter = res.headers.get('retry-after');
    const seconds = retryAfter === null ? NaN : Number(retryAfter);
    return {
      ok: false,
      status: res.status,
      reason: res.status === 429 ? '429 Throttled' : `${res.status}`,
      retryAfterMs: Number.isFinite(seconds) ? seconds * 1000 : undefined,
    };
  }
  const activities = (address: ConversationAddress) =>
    `${address.serviceUrl}v3/conversations/${encodeURIComponent(address.conversation.id)}/activities`;
  const activity = (message: Outgoing) =>
    typeof message === 'string'
      ? { type: 'message', text: message }
      : {
          type: 'message',
          text: message.text,
          attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: message.card }],
        };
  return {
    send: (address, message) => call('POST', activities(address), activity(message)),
    update: (address, messageId, card) =>
      call('PUT', `${activities(address)}/${encodeURIComponent(messageId)}`, activity({ card })),
    member: async () => undefined,
    sendToUser: async () => ({ ok: false, reason: 'not used by the benchmark' }),
    openChat: async () => ({ ok: false, reason: 'not used by the benchmark' }),
  };
}

/**
 * The earliest time (ms after the first send) at which the last message can go when `perConversation`
 * messages go to each of `conversations` conversations under `limits`, with zero latency: every message
 * goes at the earliest moment the sliding windows allow. The app window gives the lower bound
 * (message n+50 at least 1 s after message n), and this schedule reaches it.
 */
export function minimumMakespanMs(conversations: number, perConversation: number, limits: Limits): number {
  const conv: number[][] = Array.from({ length: conversations }, () => []);
  const app: number[] = [];
  const earliest = (stamps: number[], windows: readonly Window[], from: number): number => {
    let t = from;
    for (const w of windows) {
      if (stamps.length >= w.count) t = Math.max(t, (stamps[stamps.length - w.count] ?? 0) + w.ms);
    }
    return t;
  };
  let last = 0;
  for (let sent = 0; sent < conversations * perConversation; sent++) {
    let best = -1;
    let bestAt = Infinity;
    for (let i = 0; i < conversations; i++) {
      const stamps = conv[i] ?? [];
      if (stamps.length >= perConversation) continue;
      const at = earliest(app, limits.perApp, earliest(stamps, limits.perConversation, 0));
      if (at < bestAt || (at === bestAt && stamps.length < (conv[best]?.length ?? Infinity))) {
        best = i;
        bestAt = at;
      }
    }
    conv[best]?.push(bestAt);
    app.push(bestAt);
    last = bestAt;
  }
  return last;
}

/**
 * Delivers `conversations` × `perConversation` messages at once through the outbox (its limiter set to
 * `limiterLimits`, by default the bot's TEAMS_LIMITS); counts what arrived.
 */
export async function runFanout(
  store: Store,
  logger: Logger,
  conversations = 20,
  perConversation = 50,
  limiterLimits: Limits = TEAMS_LIMITS,
): Promise<FanoutResult> {
  const connector = new ConnectorStandIn(DOCUMENTED_LIMITS);
  await connector.start();
  try {
    const queue = new JobQueue(store.jobs, { owner: 'bench-fanout', now: () => new Date(), logger });
    const outbox = new Outbox({
      messenger: httpMessenger(),
      limiter: new RateLimiter(limiterLimits),
      queue,
      undelivered: store.undelivered,
      conversations: store.conversations,
      logger,
      now: () => new Date(),
      newId: randomUUID,
    });
    const addresses: ConversationAddress[] = Array.from({ length: conversations }, (_, i) => ({
      serviceUrl: connector.url,
      channelId: 'msteams',
      conversation: {
        id: `19:bench-fanout-${i}@thread.v2`,
        conversationType: 'groupChat',
        tenantId: TENANT,
        isGroup: true,
      },
      bot: BOT,
      locale: 'nl-NL',
    }));
    const texts: string[] = [];
    const acceptedAt: number[] = [];
    const started = Date.now();
    let lastAccepted = started;
    const results: DeliveryResult[] = await Promise.all(
      Array.from({ length: conversations * perConversation }, async (_, k) => {
        const address = addresses[k % conversations]!;
        const text = `Reflectievraag ${k}: hoe kijk je terug op de bijeenkomst? (deelnemer ${k})`;
        texts.push(text);
        const result = await outbox.deliver(
          { kind: 'conversation', address },
          text,
          { purpose: 'bench-reflection', recipient: `participant-${k}` },
          180_000,
        );
        if (result.ok) {
          lastAccepted = Math.max(lastAccepted, Date.now());
          acceptedAt.push(Date.now() - started);
        }
        return result;
      }),
    );
    const queued = results.filter((r) => !r.ok && 'queued' in r).length;
    // Messages handed to the jobs table: run the queue until each is delivered (or given up).
    const deadline = Date.now() + 120_000;
    while (queued > 0 && Date.now() < deadline && (await store.jobs.due('9999', 1)).length > 0) {
      await new Promise((r) => setTimeout(r, 250));
      await queue.runDue();
      lastAccepted = Date.now();
    }
    const delivered = texts.filter((t) => (connector.accepted.get(t) ?? 0) > 0).length;
    const duplicates = texts.reduce((n, t) => n + Math.max(0, (connector.accepted.get(t) ?? 0) - 1), 0);
    const minimumMs = minimumMakespanMs(conversations, perConversation, DOCUMENTED_LIMITS);
    const takenMs = lastAccepted - started;
    acceptedAt.sort((a, b) => a - b);
    const at = (q: number) => acceptedAt[Math.max(0, Math.ceil(q * acceptedAt.length) - 1)] ?? NaN;
    const done = addresses
      .map((a) => (connector.lastAcceptedAt.get(a.conversation.id) ?? NaN) - started)
      .sort((a, b) => a - b);
    return {
      messages: texts.length,
      conversations,
      takenMs,
      minimumMs,
      efficiency: minimumMs / takenMs,
      delivered,
      lost: texts.length - delivered,
      duplicates,
      throttled: connector.counts.throttled,
      throttledByConversation: connector.counts.throttledByConversation,
      throttledByApp: connector.counts.throttledByApp,
      mostRefusalsForOneMessage: Math.max(0, ...connector.refused.values()),
      halfDeliveredMs: at(0.5),
      nearlyAllDeliveredMs: at(0.99),
      firstConversationDoneMs: done[0] ?? NaN,
      lastConversationDoneMs: done[done.length - 1] ?? NaN,
      queued,
      failed: results.filter((r) => !r.ok && !('queued' in r)).length,
    };
  } finally {
    await connector.stop();
  }
}
