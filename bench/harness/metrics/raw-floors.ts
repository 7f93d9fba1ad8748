import { launch } from '../browser';
import { freshProfile, withBenchPage, type BenchContext } from '../context';
import { summarise, type Metric } from '../stats';

/**
 * The raw puts floor on its own: every row of a synthetic firm put with the bare API in one
 * transaction into a fresh database with the app's schema. (The other floors are measured
 * beside their app figure, in the same run.)
 */
export async function measureRawFloors(ctx: BenchContext): Promise<Metric[]> {
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
        if (run === 0)
          ctx.note('raw-puts-records-per-s', `${r.records} records in one transaction per run`);
        rates.push(r.recordsPerS);
      }
    });
  } finally {
    await browser.close();
  }
  return [summarise('raw-puts-records-per-s', 'records/s', rates)];
}
