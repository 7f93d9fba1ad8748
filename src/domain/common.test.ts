import { describe, expect, it } from 'vitest';
import { isoDate } from './common';

describe('isoDate', () => {
  it('accepts real calendar dates, leap days included', () => {
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
    expect(isoDate.safeParse('2026-01-31').success).toBe(true);
  });

  it('reports a malformed or impossible date once, as invalid-date', () => {
    for (const bad of ['31/01/2026', '2026-1-5', '', '2026-02-30', '2025-02-29', '2026-13-01']) {
      const out = isoDate.safeParse(bad);
      expect(out.success, bad).toBe(false);
      expect(
        out.error?.issues.map((i) => i.message),
        bad,
      ).toEqual(['invalid-date']);
    }
  });
});
