import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, daysBetween } from './calendar';
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

describe('retention month ends (P7 periods)', () => {
  it.each([
    ['2026-01-05', 3, '2026-04-05'],
    ['2026-03-12', 36, '2029-03-12'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2024-02-29', 36, '2027-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-10-31', 6, '2027-04-30'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it('keeps order: a later event never gives an earlier date (property)', () => {
    const day = fc.integer({ min: 0, max: 40_000 }).map((n) => addDays('1990-01-01', n));
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 240 }), (a, b, m) => {
        if (a <= b) expect(addMonths(a, m) <= addMonths(b, m)).toBe(true);
      }),
    );
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-02-28', '2026-03-01', 1],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-03-12', '2026-03-26', 14],
    ['2026-03-01', '2026-02-28', -1],
  ])('%s to %s = %i days', (from, to, n) => {
    expect(daysBetween(from, to)).toBe(n);
  });

  it('is the inverse of addDays (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: -5000, max: 5000 }),
        (s, n) => {
          const d = addDays('1990-01-01', s);
          expect(daysBetween(d, addDays(d, n))).toBe(n);
        },
      ),
    );
  });
});
