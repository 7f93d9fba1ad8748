import type { Metric } from './stats';

/** The targets, for the report only: nothing here fails a run. */
export type Target = { text: string; met: (m: Metric) => boolean; ratioLimit?: number };

const atMost = (limit: number) => (m: Metric) => m.value <= limit;
const ratioAtMost = (limit: number) => (m: Metric) => m.ratio !== null && m.ratio <= limit;
const ratioAtLeast = (limit: number) => (m: Metric) => m.ratio !== null && m.ratio >= limit;

export const targets: Record<string, Target> = {
  'startup-50k-warm-ms': {
    text: '≤ 1.5× floor and ≤ 300 ms',
    met: (m) => ratioAtMost(1.5)(m) && atMost(300)(m),
    ratioLimit: 1.5,
  },
  'startup-50k-cold-ms': { text: '≤ 1.5× floor', met: ratioAtMost(1.5), ratioLimit: 1.5 },
  'search-prefix-100k-p95-ms': {
    text: '≤ 1.5× floor and ≤ 10 ms',
    met: (m) => ratioAtMost(1.5)(m) && atMost(10)(m),
    ratioLimit: 1.5,
  },
  'sweep-100k-ordinary-day-ms': { text: '≤ 50 ms', met: atMost(50) },
  'restore-records-per-s': { text: '≥ 0.7× floor', met: ratioAtLeast(0.7), ratioLimit: 0.7 },
  'restore-2gb-mb-per-s': { text: '≥ 0.7× floor', met: ratioAtLeast(0.7), ratioLimit: 0.7 },
  'backup-2gb-mb-per-s': { text: '≥ 0.8× floor', met: ratioAtLeast(0.8), ratioLimit: 0.8 },
  'backup-2gb-memory-growth-mb': { text: '≤ 200 MB', met: atMost(200) },
  'initial-js-gzip-kb': { text: '≤ 150 KiB', met: atMost(150) },
  'longest-task-startup-ms': { text: '≤ 50 ms', met: atMost(50) },
  'longest-task-sweep-ms': { text: '≤ 50 ms', met: atMost(50) },
};
