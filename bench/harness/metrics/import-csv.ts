import type { Candidate } from '../../../src/domain/candidate';
import { launch, type Browser } from '../browser';
import { profileCopy, withBenchPage, type BenchContext } from '../context';
import { summarise, type Metric } from '../stats';

/**
 * The app's CSV import of a French spreadsheet into the start-up firm (a fresh copy per run),
 * beside the floor: the very rows it wrote, put with the bare API in one transaction into
 * another fresh copy of the same firm.
 */
export async function measureImportCsv(ctx: BenchContext): Promise<Metric[]> {
  const firm = await ctx.dataset('startup', { candidates: ctx.scale.startup, due: 0 });
  const onCopy = async <T>(work: (page: Browser['page']) => Promise<T>): Promise<T> => {
    const copy = profileCopy(ctx, firm.snapshot);
    const browser = await launch(copy.dir, { serviceWorkers: 'block' });
    try {
      return await withBenchPage(browser, ctx.origin, work);
    } finally {
      await browser.close();
      copy.remove();
    }
  };
  const app: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < ctx.runs; run++) {
    const r = await onCopy((page) =>
      page.evaluate((o) => window.vivierBench!.importCsv('vivier', o), {
        rows: ctx.scale.csvRows,
        seed: ctx.seed + 1,
        now: ctx.now,
      }),
    );
    if (r.imported !== ctx.scale.csvRows)
      throw new Error(
        `imported ${r.imported} of ${ctx.scale.csvRows} (${r.invalid} invalid, ${r.duplicates} duplicates)`,
      );
    if (run === 0)
      ctx.note(
        'import-csv-records-per-s',
        `${r.imported} rows into a firm of ${ctx.scale.startup.toLocaleString('en-GB')} candidates; first run: read ${r.phases.read.toFixed(0)} ms, preview ${r.phases.preview.toFixed(0)} ms, commit ${r.phases.commit.toFixed(0)} ms`,
      );
    app.push((r.imported / r.ms) * 1000);
    const rows: Candidate[] = r.rows;
    const f = await onCopy((page) =>
      page.evaluate((rs) => window.vivierBench!.rawPutRows('vivier', 'candidates', rs), rows),
    );
    floor.push(f.recordsPerS);
  }
  return [summarise('import-csv-records-per-s', 'records/s', app, floor)];
}
