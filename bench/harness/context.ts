import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedOptions, SeedReport } from '../page/seed';
import { type Browser } from './browser';

/** How big each benchmark's data is: the sizes, or --quick's 1k and 20 MB. */
export type Scale = {
  label: 'full' | 'quick';
  /** Candidates for the start-up benchmarks (firm scale: 50k). */
  startup: number;
  /** Candidates for search and the sweep (firm scale: 100k). */
  search: number;
  /** Candidates whose rows the raw-puts floor writes (all their rows, attachments aside). */
  puts: number;
  /** Attachment bytes for backup, restore and access export (firm scale: 2 GB). */
  attachmentBytes: number;
  /** Candidates for the sweep (firm scale: 100k), of whom 20 are due on an ordinary day. */
  sweep: number;
  /** Rows of the imported CSV file (firm scale: a 10,000-row file). */
  csvRows: number;
  /** Search prefixes typed per run (firm scale: 200). */
  prefixes: number;
};

export const scales: Record<Scale['label'], Scale> = {
  full: {
    label: 'full',
    startup: 50_000,
    search: 100_000,
    puts: 10_000,
    attachmentBytes: 2e9,
    sweep: 100_000,
    csvRows: 10_000,
    prefixes: 200,
  },
  quick: {
    label: 'quick',
    startup: 1_000,
    search: 1_000,
    puts: 1_000,
    attachmentBytes: 20e6,
    sweep: 1_000,
    csvRows: 500,
    prefixes: 50,
  },
};

export type BenchContext = {
  root: string;
  tmp: string;
  /** Where vite preview serves the app and, under /__bench/, the benchmark page. */
  origin: string;
  servedDir: string;
  appBuilt: boolean;
  runs: number;
  scale: Scale;
  /** The synthetic data's "now": the real date, so the app's own clock agrees with the data. */
  now: string;
  seed: number;
  log: (message: string) => void;
  /** A line for the report under a metric (what a figure is made of, why a target is missed). */
  note: (metric: string, line: string) => void;
  /**
   * A profile seeded with these options: this run's own copy of a pristine snapshot (seeded
   * once, cached across runs of the same day and the same benchmark page).
   */
  dataset: (name: string, options: DatasetOptions) => Promise<Dataset>;
};

export type DatasetOptions = Omit<SeedOptions, 'now' | 'seed' | 'dbName'>;
export type Dataset = {
  /** This run's copy: benchmarks may write to it (the app sweeps, installs its worker). */
  dir: string;
  /** The untouched snapshot, for benchmarks that need a fresh copy per run. */
  snapshot: string;
  report: SeedReport;
};

/**
 * A throw-away copy of a seeded profile, for a benchmark that changes the data (the sweep
 * erases): every run starts from the same state. Chromium must be closed on the source.
 */
export function profileCopy(
  ctx: Pick<BenchContext, 'tmp'>,
  source: string,
): {
  dir: string;
  remove: () => void;
} {
  const dir = join(
    ctx.tmp,
    'profiles',
    `copy-${Date.now()}-${Math.random().toString(36).slice(2)}`,
  );
  cpSync(source, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An empty profile directory of its own. */
export function freshProfile(ctx: Pick<BenchContext, 'tmp'>, name: string): string {
  const dir = join(ctx.tmp, 'profiles', `${name}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Opens the benchmark page and hands it over once its API is there. */
export async function withBenchPage<T>(
  browser: Browser,
  origin: string,
  work: (page: Browser['page']) => Promise<T>,
): Promise<T> {
  const { page } = browser;
  await page.goto(`${origin}/__bench/index.html`);
  await page.waitForFunction(() => window.vivierBench !== undefined);
  return work(page);
}
