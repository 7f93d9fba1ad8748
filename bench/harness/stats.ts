/** Summaries of repeated measurements. Medians, because these machines are shared and noisy. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of nothing');
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export type Metric = {
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  runs: number;
  min: number;
  max: number;
};

const round = (x: number) =>
  Math.abs(x) >= 100 ? Math.round(x * 10) / 10 : Math.round(x * 1000) / 1000;

/** One metric from its runs, and the baseline's runs measured in the same session. */
export function summarise(
  name: string,
  unit: string,
  runs: readonly number[],
  baselineRuns?: readonly number[],
): Metric {
  const value = median(runs);
  const baseline = baselineRuns && baselineRuns.length > 0 ? median(baselineRuns) : null;
  return {
    name,
    value: round(value),
    unit,
    baseline: baseline === null ? null : round(baseline),
    ratio:
      baseline === null || baseline === 0 ? null : Math.round((value / baseline) * 1000) / 1000,
    runs: runs.length,
    min: round(Math.min(...runs)),
    max: round(Math.max(...runs)),
  };
}
