import fc from 'fast-check';
import { DateTime } from 'luxon';
import { compareDays, instantMs } from '../../src/domain/instant';

describe('stored timestamps as instants', () => {
  it('reads an ISO timestamp as luxon does, with or without an offset', () => {
    for (const iso of ['2027-03-02T09:00:00.000Z', '2027-03-02T10:00:00+01:00', '2027-10-31T02:30:00']) {
      expect(instantMs(iso)).toBe(DateTime.fromISO(iso).toMillis());
      expect(instantMs(iso)).toBe(DateTime.fromISO(iso).toMillis()); // from the cache
    }
  });

  it('counts a week across the spring daylight-saving change as seven days, as luxon does', () => {
    const zone = 'Europe/Amsterdam';
    const before = DateTime.fromISO('2027-03-24T12:00', { zone });
    const after = DateTime.fromISO('2027-03-31T12:00', { zone });
    // 167 hours apart, yet seven calendar days.
    expect(after.toMillis() - before.toMillis()).toBe((7 * 24 - 1) * 3600_000);
    expect(compareDays(before, after, 7)).toBe(0);
    expect(compareDays(before, after.minus({ minutes: 30 }), 7)).toBeLessThan(0);
    expect(compareDays(before, after.plus({ minutes: 30 }), 7)).toBeGreaterThan(0);
  });

  it('agrees with luxon on which side of a number of days two moments are', () => {
    const zone = 'Europe/Amsterdam';
    const moment = fc
      .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2028, 0, 1) })
      .map((ms) => DateTime.fromMillis(ms, { zone }));
    fc.assert(
      fc.property(
        moment,
        fc.integer({ min: -3 * 3600_000, max: 3 * 3600_000 }),
        fc.constantFrom(7, 14),
        (from, jitter, days) => {
          const to = from.plus({ days }).plus({ milliseconds: jitter });
          const iso = to.toUTC().toISO() ?? '';
          const luxon = Math.sign(DateTime.fromISO(iso).diff(from, 'days').days - days);
          expect(Math.sign(compareDays(from, iso, days))).toBe(luxon);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
