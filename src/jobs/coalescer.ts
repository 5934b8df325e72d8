// Coalesces repeated work per key (e.g. refreshing one shared card after many votes): one run at a time, never stale.

/**
 * `request(key, run)` resolves after a run of `run` that started after the request: requests that
 * arrive while a run is waiting share it; requests during a run get one more run after it. So 100 votes
 * arriving together cause two card updates, not 100, and every voter's update includes their vote.
 */
export class Coalescer {
  private readonly entries = new Map<string, { tail: Promise<void>; queued: Promise<void> | undefined }>();

  request(key: string, run: () => Promise<void>): Promise<void> {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { tail: Promise.resolve(), queued: undefined };
      this.entries.set(key, entry);
    }
    if (entry.queued) return entry.queued;
    const own = entry;
    const queued = own.tail.then(async () => {
      own.queued = undefined;
      await run();
    });
    own.queued = queued;
    own.tail = queued.catch(() => undefined);
    void own.tail.then(() => {
      if (!own.queued && this.entries.get(key) === own) this.entries.delete(key);
    });
    return queued;
  }
}
