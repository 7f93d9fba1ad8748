import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths } from './calendar';
import { isoDate } from './common';

describe('addMonths', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-12-10', 1, '2027-01-10'],
    ['2026-05-31', -3, '2026-02-28'],
    ['2026-02-28', 36, '2029-02-28'],
  ])('%s + %i month(s) = %s', (from, n, expected) => {
    expect(addMonths(from, n)).toBe(expected);
  });

  it('never overshoots into the month after', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 60 }),
        (d, n) => {
          const from = d.toISOString().slice(0, 10);
          const to = addMonths(from, n);
          expect(isoDate.safeParse(to).success).toBe(true);
          const monthIndex = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
          expect(monthIndex(to) - monthIndex(from)).toBe(n);
          expect(Number(to.slice(8))).toBeLessThanOrEqual(Number(from.slice(8)));
        },
      ),
    );
  });
});

describe('addDays', () => {
  it('crosses months and years', () => {
    expect(addDays('2026-02-25', 7)).toBe('2026-03-04');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
