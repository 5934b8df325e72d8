// Coalesces repeated work per key (e.g. refreshing one shared card after many votes): one run at a time, never stale.

/** Default pause between two runs for one key, so one card is not updated more than a few times a second. */
export const DEFAULT_GAP_MS = 300;

/**
 * `request(key, run)` resolves after a run of `run` that started after the request: requests that
 * arrive while a run is waiting share it; requests during a run get one more run after it, at least
 * `gapMs` later. So 100 votes arriving together cause a few card updates, not 100, and every voter's
 * update includes their vote.
 */
export class Coalescer {
  private readonly entries = new Map<
    string,
    { tail: Promise<void>; queued: Promise<void> | undefined; lastEnd: number }
  >();

  constructor(private readonly gapMs = DEFAULT_GAP_MS) {}

  /** Cards with an entry (a run waiting, running, or within its gap): for tests and diagnostics. */
  get size(): number {
    return this.entries.size;
  }

  /** Resolves once every run requested so far, and every run they queued, has finished. */
  async idle(): Promise<void> {
    for (;;) {
      const tails = [...this.entries.values()].map((e) => e.tail);
      await Promise.all(tails);
      const now = [...this.entries.values()];
      if (
        now.every((e) => !e.queued) &&
        now.length === tails.length &&
        now.every((e, i) => e.tail === tails[i])
      )
        return;
    }
  }

  request(key: string, run: () => Promise<void>): Promise<void> {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { tail: Promise.resolve(), queued: undefined, lastEnd: -Infinity };
      this.entries.set(key, entry);
    }
    if (entry.queued) return entry.queued;
    const own = entry;
    const queued = own.tail.then(async () => {
      const wait = own.lastEnd + this.gapMs - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      own.queued = undefined;
      try {
        await run();
      } finally {
        own.lastEnd = performance.now();
      }
    });
    own.queued = queued;
    const tail = queued.catch(() => undefined);
    own.tail = tail;
    // Forgotten once its gap has passed with nothing more asked (so one entry per card ever updated does not pile up).
    // A request meanwhile (a later run, waiting or running) forgets it after its own run instead; a timer that fires
    // before the gap has passed is set again.
    const forget = (): void => {
      if (own.tail !== tail || this.entries.get(key) !== own) return;
      const left = own.lastEnd + this.gapMs - performance.now();
      if (left > 0) setTimeout(forget, Math.ceil(left)).unref();
      else this.entries.delete(key);
    };
    void tail.then(() => setTimeout(forget, this.gapMs).unref());
    return queued;
  }
}
