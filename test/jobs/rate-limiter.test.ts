// The rate limiter counts a send from the moment it was answered, so Teams, counting on arrival, never sees a full window.
import type { Messenger, SendResult } from '../../src/bot/feature';
import { createLogger } from '../../src/logger';
import { Outbox, type Timing } from '../../src/jobs/outbox';
import type { JobQueue } from '../../src/jobs/queue';
import { RateLimiter, type Limits, type Window } from '../../src/jobs/rate-limiter';
import type { ConversationAddress, ConversationStore } from '../../src/store/conversations';
import type { UndeliveredStore } from '../../src/store/jobs';

const oneAtATime: Limits = { perConversation: [{ count: 1, ms: 1000 }], perApp: [{ count: 100, ms: 1000 }] };

describe('RateLimiter', () => {
  it('counts a send from its answer, not from when it was acquired', () => {
    const limiter = new RateLimiter(oneAtATime);
    expect(limiter.tryAcquire('c1', 0)).toBe(0);
    limiter.release('c1', 300);
    expect(limiter.tryAcquire('c1', 1000)).toBe(300);
    expect(limiter.tryAcquire('c1', 1300)).toBe(0);
  });

  it('keeps the slot of a send in flight taken, however long it takes', () => {
    const limiter = new RateLimiter(oneAtATime);
    expect(limiter.tryAcquire('c1', 0)).toBe(0);
    expect(limiter.tryAcquire('c1', 5000)).toBe(1000);
    limiter.release('c1', 5000);
    expect(limiter.tryAcquire('c1', 5000)).toBe(1000);
    expect(limiter.tryAcquire('c1', 6000)).toBe(0);
  });

  it('shares the app window across conversations', () => {
    const limiter = new RateLimiter({
      perConversation: [{ count: 10, ms: 1000 }],
      perApp: [{ count: 2, ms: 1000 }],
    });
    expect(limiter.tryAcquire('a', 0)).toBe(0);
    expect(limiter.tryAcquire('b', 0)).toBe(0);
    limiter.release('a', 10);
    limiter.release('b', 10);
    expect(limiter.tryAcquire('c', 500)).toBe(510);
  });

  it('keeps answers that come back out of order in time order', () => {
    const limiter = new RateLimiter({
      perConversation: [{ count: 2, ms: 1000 }],
      perApp: [{ count: 100, ms: 1000 }],
    });
    expect(limiter.tryAcquire('c1', 0)).toBe(0);
    expect(limiter.tryAcquire('c1', 0)).toBe(0);
    limiter.release('c1', 50);
    limiter.release('c1', 20);
    expect(limiter.tryAcquire('c1', 1010)).toBe(10);
  });

  it('holds a conversation back until Retry-After after a 429', () => {
    const limiter = new RateLimiter(oneAtATime);
    limiter.block('c1', 2000);
    expect(limiter.tryAcquire('c1', 500)).toBe(1500);
    expect(limiter.tryAcquire('c2', 500)).toBe(0);
  });
});

describe('RateLimiter.acquire', () => {
  it('hands out slots in the order senders asked, and answers with the wait when it passes the deadline', async () => {
    const clock = new VirtualClock();
    const limiter = new RateLimiter({
      perConversation: [{ count: 5, ms: 1000 }],
      perApp: [{ count: 1, ms: 1000 }],
    });
    const served: string[] = [];
    const ask = async (conv: string, deadline: number) => {
      const wait = await limiter.acquire(conv, deadline, clock.timing);
      served.push(wait === 0 ? `${conv}@${clock.now}` : `${conv} waits ${wait}`);
      if (wait === 0) limiter.release(conv, clock.now);
    };
    await clock.run(
      Promise.all([ask('a', 9000), ask('b', 9000), ask('a', 9000), ask('c', 1500), ask('b', 9000)]),
    );
    expect(served).toEqual(['a@0', 'b@1000', 'c waits 1000', 'a@2000', 'b@3000']);
  });
});

/** Virtual time: `sleep` waits for the clock, which `run` moves to the next timer once nothing else can happen. */
class VirtualClock {
  now = 0;
  private timers: { at: number; seq: number; wake: () => void }[] = [];
  private seq = 0;
  readonly timing: Timing = {
    nowMs: () => this.now,
    sleep: (ms) =>
      new Promise<void>((wake) => {
        this.timers.push({ at: this.now + Math.max(0, ms), seq: this.seq++, wake });
      }),
  };

  async run<T>(work: Promise<T>): Promise<T> {
    let done = false;
    void work.finally(() => {
      done = true;
    });
    for (;;) {
      await new Promise((r) => setImmediate(r));
      if (done) return work;
      this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.timers.shift();
      if (!next) throw new Error('nothing left to wait for, but the work is not done');
      this.now = Math.max(this.now, next.at);
      next.wake();
    }
  }
}

/** Teams as the limiter must respect it: sliding windows over the sends it accepted, counted when they arrive. */
class Receiver {
  private readonly arrivals = new Map<string, number[]>();
  readonly accepted = new Map<string, number>();
  refused = 0;

  constructor(private readonly limits: Limits) {}

  private full(key: string, windows: readonly Window[], now: number): boolean {
    const stamps = this.arrivals.get(key) ?? [];
    return windows.some((w) => stamps.filter((t) => t > now - w.ms).length >= w.count);
  }

  arrive(conversationId: string, text: string, now: number): boolean {
    const conv = `c:${conversationId}`;
    if (this.full(conv, this.limits.perConversation, now) || this.full('app', this.limits.perApp, now)) {
      this.refused++;
      return false;
    }
    for (const key of [conv, 'app']) this.arrivals.set(key, [...(this.arrivals.get(key) ?? []), now]);
    this.accepted.set(text, (this.accepted.get(text) ?? 0) + 1);
    return true;
  }
}

describe('Outbox under Teams-like limits with network jitter', () => {
  it('delivers every message once without a single 429 when sends take varying time to arrive', async () => {
    const limits: Limits = {
      perConversation: [
        { count: 3, ms: 1000 },
        { count: 4, ms: 2000 },
      ],
      perApp: [{ count: 5, ms: 1000 }],
    };
    const clock = new VirtualClock();
    const receiver = new Receiver(limits);
    let seed = 42;
    const jitter = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % 60;
    };
    const send = async (address: ConversationAddress, text: string): Promise<SendResult> => {
      await clock.timing.sleep(jitter());
      const ok = receiver.arrive(address.conversation.id, text, clock.now);
      await clock.timing.sleep(jitter());
      return ok
        ? { ok: true, messageId: text }
        : { ok: false, status: 429, reason: '429 Throttled', retryAfterMs: 1000 };
    };
    const messenger: Messenger = {
      send: (address, message) => send(address, typeof message === 'string' ? message : 'card'),
      update: async () => ({ ok: true, messageId: undefined }),
      member: async () => undefined,
      sendToUser: async () => ({ ok: false, reason: 'not used' }),
      openChat: async () => ({ ok: false, reason: 'not used' }),
    };
    const queued: unknown[] = [];
    const undelivered: unknown[] = [];
    const outbox = new Outbox({
      messenger,
      limiter: new RateLimiter(limits),
      queue: {
        register: () => undefined,
        schedule: async (...a: unknown[]) => void queued.push(a),
      } as unknown as JobQueue,
      undelivered: { record: async (u: unknown) => void undelivered.push(u) } as unknown as UndeliveredStore,
      conversations: {} as ConversationStore,
      logger: createLogger('silent'),
      now: () => new Date(clock.now),
      newId: () => String(Math.random()),
      timing: clock.timing,
    });
    const address = (i: number): ConversationAddress => ({
      serviceUrl: 'https://smba.example/',
      channelId: 'msteams',
      conversation: { id: `conv-${i}` },
      bot: { id: 'bot', name: 'Bot' },
    });
    const texts = Array.from({ length: 40 }, (_, k) => `message ${k}`);

    const results = await clock.run(
      Promise.all(
        texts.map((text, k) =>
          outbox.deliver(
            { kind: 'conversation', address: address(k % 4) },
            text,
            { purpose: 'test' },
            60_000,
          ),
        ),
      ),
    );

    expect(receiver.refused).toBe(0);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(texts.map((t) => receiver.accepted.get(t))).toEqual(texts.map(() => 1));
    expect(queued).toEqual([]);
    expect(undelivered).toEqual([]);
    // 40 messages at 5 per second: the last can go at 7 s at best; jitter and answers add a little.
    expect(clock.now).toBeLessThan(9000);
  });
});
