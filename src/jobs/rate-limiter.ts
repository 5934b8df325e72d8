// Teams' rate limits as sliding windows: may a message go to this conversation (and the app) now, or how long to wait.

/** At most `count` operations in any `ms` milliseconds. */
export interface Window {
  count: number;
  ms: number;
}

export interface Limits {
  perConversation: readonly Window[];
  perApp: readonly Window[];
}

/** Microsoft's documented limits for a bot: per conversation, and per app per tenant. */
export const TEAMS_LIMITS: Limits = {
  perConversation: [
    { count: 7, ms: 1_000 },
    { count: 8, ms: 2_000 },
    { count: 60, ms: 30_000 },
    { count: 1_800, ms: 3_600_000 },
  ],
  perApp: [{ count: 50, ms: 1_000 }],
};

/**
 * Keeps the times of recent sends per conversation and for the app. `tryAcquire` either records a send
 * now (returns 0) or says how many ms to wait; check and record happen in one synchronous step, so
 * concurrent senders never both take the last free slot. A 429 blocks a conversation until Retry-After.
 */
export class RateLimiter {
  private readonly stamps = new Map<string, number[]>();
  private readonly blockedUntil = new Map<string, number>();

  constructor(readonly limits: Limits = TEAMS_LIMITS) {}

  private waitFor(key: string, windows: readonly Window[], now: number): number {
    const stamps = this.stamps.get(key) ?? [];
    let wait = Math.max(0, (this.blockedUntil.get(key) ?? 0) - now);
    for (const w of windows) {
      let inWindow = 0;
      for (let i = stamps.length - 1; i >= 0 && (stamps[i] ?? 0) > now - w.ms; i--) inWindow++;
      if (inWindow >= w.count) {
        const oldestThatCounts = stamps[stamps.length - w.count] ?? now;
        wait = Math.max(wait, oldestThatCounts + w.ms - now);
      }
    }
    return wait;
  }

  /** Records a send into `conversationId` at `now` and returns 0, or returns the ms to wait before trying again. */
  tryAcquire(conversationId: string, now: number): number {
    const conv = `c:${conversationId}`;
    const wait = Math.max(
      this.waitFor(conv, this.limits.perConversation, now),
      this.waitFor('app', this.limits.perApp, now),
    );
    if (wait > 0) return wait;
    this.record(conv, this.limits.perConversation, now);
    this.record('app', this.limits.perApp, now);
    return 0;
  }

  /** After a 429: nothing more goes to this conversation before `until` (epoch ms). */
  block(conversationId: string, until: number): void {
    const key = `c:${conversationId}`;
    this.blockedUntil.set(key, Math.max(until, this.blockedUntil.get(key) ?? 0));
  }

  private records = 0;

  private record(key: string, windows: readonly Window[], now: number): void {
    if (++this.records % 1000 === 0) this.sweep(now);
    const longest = Math.max(...windows.map((w) => w.ms));
    const stamps = this.stamps.get(key) ?? [];
    let drop = 0;
    while (drop < stamps.length && (stamps[drop] ?? 0) <= now - longest) drop++;
    const kept = drop > 0 ? stamps.slice(drop) : stamps;
    kept.push(now);
    this.stamps.set(key, kept);
  }

  /** Forgets conversations with no send in the longest window (so the map does not grow without end). */
  private sweep(now: number): void {
    const longest = Math.max(
      ...this.limits.perConversation.map((w) => w.ms),
      ...this.limits.perApp.map((w) => w.ms),
    );
    for (const [key, stamps] of this.stamps) {
      if ((stamps[stamps.length - 1] ?? 0) <= now - longest) this.stamps.delete(key);
    }
    for (const [key, until] of this.blockedUntil) if (until <= now) this.blockedUntil.delete(key);
  }
}
