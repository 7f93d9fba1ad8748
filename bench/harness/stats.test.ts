import { describe, expect, it } from 'vitest';
import { median, percentile, summarise } from './stats';

describe('bench statistics', () => {
  it('takes medians of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 200 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(190);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
  });

  it('summarises runs against a baseline measured beside them', () => {
    expect(summarise('x-ms', 'ms', [30, 10, 20, 50, 40], [10, 9, 11, 10, 10])).toEqual({
      name: 'x-ms',
      value: 30,
      unit: 'ms',
      baseline: 10,
      ratio: 3,
      runs: 5,
      min: 10,
      max: 50,
    });
    expect(summarise('kb', 'KiB', [120.04]).ratio).toBeNull();
  });
});
