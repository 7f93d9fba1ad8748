import type { RawOpenResult } from '../../page/raw-open';
import { launch, type Browser } from '../browser';
import { freshProfile, withBenchPage, type BenchContext } from '../context';
import { percentile, summarise, type Metric } from '../stats';

/**
 * The raw IndexedDB floors that the app's figures are divided by, each measured on the same
 * data: start-up (navigation to 50 names by the name index), prefix search, and puts.
 */
export async function measureRawFloors(ctx: BenchContext): Promise<Metric[]> {
  return [...(await startupFloor(ctx)), ...(await searchFloor(ctx)), ...(await putsFloor(ctx))];
}

async function rawOpenOnce(browser: Browser, origin: string): Promise<RawOpenResult> {
  await browser.page.goto(`${origin}/__bench/raw-open.html?db=vivier`);
  await browser.page.waitForFunction(() => window.rawOpen !== undefined);
  const r = await browser.page.evaluate(() => window.rawOpen!);
  if ('error' in r) throw new Error(r.error);
  if (r.count !== 50) throw new Error(`raw open read ${r.count} rows, not 50`);
  return r;
}

/** Warm: the same browser again (one unmeasured visit first). Cold: after a relaunch. */
async function startupFloor(ctx: BenchContext): Promise<Metric[]> {
  const profile = await ctx.dataset('startup', { candidates: ctx.scale.startup, due: 0 });
  const warm: RawOpenResult[] = [];
  const cold: RawOpenResult[] = [];
  for (let run = 0; run < ctx.runs; run++) {
    const browser = await launch(profile, { serviceWorkers: 'block' });
    try {
      cold.push(await rawOpenOnce(browser, ctx.origin));
      warm.push(await rawOpenOnce(browser, ctx.origin));
    } finally {
      await browser.close();
    }
  }
  return [
    summarise(
      'raw-open-first50-50k-warm-ms',
      'ms',
      warm.map((r) => r.doneAt),
    ),
    summarise(
      'raw-open-first50-50k-cold-ms',
      'ms',
      cold.map((r) => r.doneAt),
    ),
    summarise(
      'raw-idb-open-read50-50k-warm-ms',
      'ms',
      warm.map((r) => r.openMs + r.readMs),
    ),
  ];
}

/** 200 prefixes drawn from the people in the database, typed as recruiters type them. */
export async function searchPrefixes(ctx: BenchContext, browser: Browser) {
  return withBenchPage(browser, ctx.origin, (page) =>
    page.evaluate((seed) => window.vivierBench!.samplePrefixes('vivier', 200, seed), ctx.seed),
  );
}

async function searchFloor(ctx: BenchContext): Promise<Metric[]> {
  const profile = await ctx.dataset('search', { candidates: ctx.scale.search, due: 0 });
  const browser = await launch(profile, { serviceWorkers: 'block' });
  const p95s: number[] = [];
  try {
    const prefixes = (await searchPrefixes(ctx, browser)).map((p) => p.folded);
    for (let run = 0; run < ctx.runs; run++) {
      const times = await browser.page.evaluate(
        (ps) => window.vivierBench!.rawPrefixQueries('vivier', ps),
        prefixes,
      );
      p95s.push(percentile(times, 95));
    }
  } finally {
    await browser.close();
  }
  return [summarise('raw-prefix-query-100k-p95-ms', 'ms', p95s)];
}

async function putsFloor(ctx: BenchContext): Promise<Metric[]> {
  const browser = await launch(freshProfile(ctx, 'puts'), { serviceWorkers: 'block' });
  const rates: number[] = [];
  try {
    await withBenchPage(browser, ctx.origin, async (page) => {
      for (let run = 0; run < ctx.runs; run++) {
        const r = await page.evaluate((o) => window.vivierBench!.rawPuts(o), {
          candidates: ctx.scale.puts,
          seed: ctx.seed,
          now: ctx.now,
        });
        if (run === 0) ctx.log(`raw puts: ${r.records} records in ${r.ms.toFixed(0)} ms`);
        rates.push(r.recordsPerS);
      }
    });
  } finally {
    await browser.close();
  }
  return [summarise('raw-puts-records-per-s', 'records/s', rates)];
}
