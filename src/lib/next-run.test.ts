import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delayToNextRun, nextRunAt } from './next-run';

// Examples in the laptop's own time zone (whatever the test machine's is): local constructors.
const local = (d: number, h: number, m: number) => new Date(2026, 2, d, h, m, 0, 0);

describe('nextRunAt: min(now + 1 hour, next local midnight)', () => {
  it.each([
    ['mid-afternoon: an hour later', local(12, 14, 10), local(12, 15, 10)],
    ['half past eleven: local midnight first', local(12, 23, 30), local(13, 0, 0)],
    ['at 23:00 sharp: midnight and the hour coincide', local(12, 23, 0), local(13, 0, 0)],
    ['at midnight: the next midnight is a day away', local(13, 0, 0), local(13, 1, 0)],
  ])('%s', (_what, now, next) => {
    expect(nextRunAt(now).getTime()).toBe(next.getTime());
  });

  it('always within the hour, in the future, and either an hour later or a local midnight', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
        (now) => {
          const next = nextRunAt(now);
          const delay = delayToNextRun(now);
          expect(delay).toBeGreaterThan(0);
          expect(delay).toBeLessThanOrEqual(3_600_000);
          const isMidnight =
            next.getHours() === 0 && next.getMinutes() === 0 && next.getSeconds() === 0;
          expect(delay === 3_600_000 || isMidnight).toBe(true);
          // no local midnight is skipped between now and the next run
          const midnight = new Date(now.getTime());
          midnight.setHours(24, 0, 0, 0);
          expect(next.getTime()).toBeLessThanOrEqual(midnight.getTime());
        },
      ),
    );
  });
});
