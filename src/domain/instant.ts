// Stored timestamps as instants, parsed once: the status overview compares several per broedplaats on every turn.
import { DateTime } from 'luxon';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Calendar days and elapsed time differ by at most a daylight-saving shift; two hours is a safe margin. */
const SHIFT_MARGIN_MS = 2 * 60 * 60 * 1000;
/** Distinct timestamps kept (the process's meetings and broedplaatsen); the cache starts over when full. */
const MAX_CACHED = 20_000;

const parsed = new Map<string, number>();

/** The instant of a stored ISO timestamp in epoch milliseconds, as `DateTime.fromISO(iso)` reads it. */
export function instantMs(iso: string): number {
  let ms = parsed.get(iso);
  if (ms === undefined) {
    ms = DateTime.fromISO(iso).toMillis();
    if (parsed.size >= MAX_CACHED) parsed.clear();
    parsed.set(iso, ms);
  }
  return ms;
}

/**
 * Compares the calendar days from `from` to `to` (luxon's `to.diff(from, 'days').days`, which counts a day across a
 * daylight-saving change as one day) with `days`: negative when fewer, 0 when equal, positive when more. Decided
 * from milliseconds unless the two are so close that a daylight-saving shift could tip it; only then by luxon.
 */
export function compareDays(from: string | DateTime, to: string | DateTime, days: number): number {
  const fromMs = typeof from === 'string' ? instantMs(from) : from.toMillis();
  const toMs = typeof to === 'string' ? instantMs(to) : to.toMillis();
  const delta = toMs - fromMs - days * DAY_MS;
  if (Math.abs(delta) > SHIFT_MARGIN_MS) return delta;
  const dt = (v: string | DateTime) => (typeof v === 'string' ? DateTime.fromISO(v) : v);
  return dt(to).diff(dt(from), 'days').days - days;
}
