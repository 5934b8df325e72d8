// Per-key request limits for the public pages (fixed windows in memory): a flood gets 429, not the storage.
import type { Request, Response } from 'restify';
import { clientAddress } from './html';

/** Keys kept at most; when full, windows that have ended are dropped first, then the oldest. */
const MAX_KEYS = 10_000;

export class RequestLimit {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a request for `key`: 0 when it may go on, else the ms until the window ends. */
  take(key: string): number {
    const now = this.now();
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      if (!w && this.windows.size >= MAX_KEYS) this.sweep(now);
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    return w.count > this.limit ? w.start + this.windowMs - now : 0;
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
    while (this.windows.size >= MAX_KEYS) {
      const oldest = this.windows.keys().next().value;
      if (oldest === undefined) break;
      this.windows.delete(oldest);
    }
  }
}

/** Counts `req` against `limit` by client address; when over, answers 429 with Retry-After and returns true. */
export function tooMany(limit: RequestLimit, req: Request, res: Response, trustedProxyHops: number): boolean {
  const wait = limit.take(clientAddress(req, trustedProxyHops));
  if (wait <= 0) return false;
  res.setHeader('retry-after', String(Math.ceil(wait / 1000)));
  res.send(429, { error: 'too many requests; try again shortly' });
  return true;
}
