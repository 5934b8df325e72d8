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

/** Clock and sleep (real ones in the bot; tests and the benchmark may pass others). */
export interface Timing {
  nowMs: () => number;
  sleep: (ms: number) => Promise<void>;
}

/** A sender waiting in line for a slot. */
interface Waiter {
  conv: string;
  deadline: number;
  done: (wait: number) => void;
}

/**
 * Keeps the times of recent sends per conversation and for the app, as Teams sees them. A send holds its
 * slot from `tryAcquire` until `release`, and is stamped with the time it was answered: Teams counted it
 * somewhere between the two, so a later send acquired a full window after that stamp reaches Teams a full
 * window after it, whatever the network's jitter (stamping at acquire lets two sends land closer than a
 * window apart, and Teams answers 429). Check and reserve happen in one synchronous step, so concurrent
 * senders never both take the last free slot. A 429 blocks a conversation until Retry-After.
 */
export class RateLimiter {
  /** Answer times of finished sends, oldest first. */
  private readonly stamps = new Map<string, number[]>();
  /** Sends acquired and not yet released (they count as inside every window). */
  private readonly inFlight = new Map<string, number>();
  private readonly blockedUntil = new Map<string, number>();

  /** Senders waiting for a slot, first come first served (one whose conversation is full keeps its place). */
  private readonly line: Waiter[] = [];
  /** When the line is next looked at (a wake-up is pending until then). */
  private nextLookAt = Infinity;

  constructor(readonly limits: Limits = TEAMS_LIMITS) {}

  /**
   * Waits in line for a send into `conversationId` and resolves 0 once it has a slot (then call `release`
   * when the send has an answer), or resolves the ms still to wait when the slot would come after
   * `deadline` (epoch ms; nothing is then reserved). Slots go in the order senders asked, so when many
   * conversations share the app's limit none of them is left with a long tail at the end.
   */
  acquire(conversationId: string, deadline: number, timing: Timing): Promise<number> {
    return new Promise((done) => {
      this.line.push({ conv: conversationId, deadline, done });
      this.serveLine(timing);
    });
  }

  /** Gives free slots to the waiters in line order, answers those past their deadline, and plans the next look. */
  private serveLine(timing: Timing): void {
    const now = timing.nowMs();
    let soonest = Infinity;
    let appWait = this.waitFor('app', this.limits.perApp, now);
    const convWaits = new Map<string, number>();
    for (let i = 0; i < this.line.length;) {
      const w = this.line[i]!;
      const key = `c:${w.conv}`;
      let convWait = convWaits.get(key);
      if (convWait === undefined) {
        convWait = this.waitFor(key, this.limits.perConversation, now);
        convWaits.set(key, convWait);
      }
      const wait = Math.max(appWait, convWait);
      if (wait > 0 && now + wait <= w.deadline) {
        soonest = Math.min(soonest, wait);
        i++;
        continue;
      }
      this.line.splice(i, 1);
      if (wait === 0) {
        this.take(key);
        appWait = this.waitFor('app', this.limits.perApp, now);
        convWaits.delete(key);
      }
      w.done(wait);
    }
    if (soonest === Infinity || now + soonest >= this.nextLookAt) return;
    const at = now + soonest;
    this.nextLookAt = at;
    void timing.sleep(soonest).then(() => {
      if (this.nextLookAt === at) this.nextLookAt = Infinity;
      this.serveLine(timing);
    });
  }

  private waitFor(key: string, windows: readonly Window[], now: number): number {
    const stamps = this.stamps.get(key) ?? [];
    const pending = this.inFlight.get(key) ?? 0;
    let wait = Math.max(0, (this.blockedUntil.get(key) ?? 0) - now);
    for (const w of windows) {
      const free = w.count - pending;
      // Every slot held by a send in flight: it is stamped no earlier than now, so a slot opens a window from now at best.
      if (free <= 0) {
        wait = Math.max(wait, w.ms);
        continue;
      }
      let inWindow = 0;
      for (let i = stamps.length - 1; i >= 0 && (stamps[i] ?? 0) > now - w.ms; i--) inWindow++;
      if (inWindow >= free) {
        const oldestThatCounts = stamps[stamps.length - free] ?? now;
        wait = Math.max(wait, oldestThatCounts + w.ms - now);
      }
    }
    return wait;
  }

  /**
   * Reserves a send into `conversationId` at `now` and returns 0, or returns the ms to wait before trying
   * again (a lower bound while sends are in flight). After a 0, call `release` once the send has an answer
   * (or failed), or the slot stays taken.
   */
  tryAcquire(conversationId: string, now: number): number {
    const conv = `c:${conversationId}`;
    const wait = Math.max(
      this.waitFor(conv, this.limits.perConversation, now),
      this.waitFor('app', this.limits.perApp, now),
    );
    if (wait > 0) return wait;
    this.take(conv);
    return 0;
  }

  private take(conv: string): void {
    for (const key of [conv, 'app']) this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
  }

  /** The send acquired for `conversationId` has been answered (or failed) at `now`: it counts from then on. */
  release(conversationId: string, now: number): void {
    const conv = `c:${conversationId}`;
    for (const [key, windows] of [
      [conv, this.limits.perConversation],
      ['app', this.limits.perApp],
    ] as const) {
      const pending = (this.inFlight.get(key) ?? 0) - 1;
      if (pending > 0) this.inFlight.set(key, pending);
      else this.inFlight.delete(key);
      this.record(key, windows, now);
    }
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
    // Answers may come back out of order (another clock, or a test's): keep the stamps sorted.
    let at = kept.length;
    while (at > 0 && (kept[at - 1] ?? 0) > now) at--;
    kept.splice(at, 0, now);
    this.stamps.set(key, kept);
  }

  /** Forgets conversations with no send in the longest window (so the map does not grow without end). */
  private sweep(now: number): void {
    const longest = Math.max(
      ...this.limits.perConversation.map((w) => w.ms),
      ...this.limits.perApp.map((w) => w.ms),
    );
    for (const [key, stamps] of this.stamps) {
      const idle = (stamps[stamps.length - 1] ?? 0) <= now - longest && !this.inFlight.has(key);
      if (idle) this.stamps.delete(key);
    }
    for (const [key, until] of this.blockedUntil) if (until <= now) this.blockedUntil.delete(key);
  }
}
