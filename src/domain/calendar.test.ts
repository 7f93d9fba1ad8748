import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween } from './calendar';

const isoDateArb = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('addMonths', () => {
  it.each([
    ['2026-01-05', 3, '2026-04-05'],
    ['2026-03-12', 36, '2029-03-12'],
    // month ends clamp: a month after 31 January is the end of February
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2024-02-29', 36, '2027-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-10-31', 6, '2027-04-30'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it('never overshoots into the month after and keeps order (property)', () => {
    fc.assert(
      fc.property(isoDateArb, isoDateArb, fc.integer({ min: 0, max: 240 }), (a, b, m) => {
        const r = addMonths(a, m);
        const [ay, am] = a.split('-').map(Number) as [number, number];
        const [ry, rm, rd] = r.split('-').map(Number) as [number, number, number];
        expect(ry * 12 + rm - (ay * 12 + am)).toBe(m);
        expect(rd).toBeLessThanOrEqual(Number(a.slice(8)));
        if (a <= b) expect(addMonths(a, m) <= addMonths(b, m)).toBe(true);
      }),
    );
  });
});

describe('addDays and daysBetween', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-12', 14, '2026-03-26'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s + %i days = %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
    expect(daysBetween(from, expected)).toBe(days);
  });

  it('are inverse (property)', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n);
      }),
    );
  });
});
