import { describe, expect, it } from 'vitest';
import { syncTooOld } from './staleness';

describe('the one-week sync rule before a disclosure', () => {
  it.each([
    [null, '2026-03-12', true],
    ['2026-03-12', '2026-03-12', false],
    ['2026-03-05', '2026-03-12', false],
    ['2026-03-04', '2026-03-12', true],
    ['2025-12-12', '2026-03-12', true],
  ] as const)('last synced %s, today %s: too old %s', (last, today, expected) => {
    expect(syncTooOld(last, today)).toBe(expected);
  });
});
