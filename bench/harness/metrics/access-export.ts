import { launch } from '../browser';
import { withBenchPage, type BenchContext } from '../context';
import { summarise, type Metric } from '../stats';

/** The firm with its attachments: shared by the access export, backup and restore. */
export const firmDataset = (ctx: BenchContext) =>
  ctx.dataset('firm', {
    candidates: ctx.scale.startup,
    due: 0,
    attachmentBytes: ctx.scale.attachmentBytes,
  });

/** Art. 15 export of the person with 10 attachments, in the seeded firm, run after run. */
export async function measureAccessExport(ctx: BenchContext): Promise<Metric[]> {
  const firm = await firmDataset(ctx);
  const personId = firm.report.featuredCandidateId;
  const browser = await launch(firm.dir, { serviceWorkers: 'block' });
  const times: number[] = [];
  try {
    await withBenchPage(browser, ctx.origin, async (page) => {
      for (let run = 0; run < ctx.runs; run++) {
        const r = await page.evaluate(
          (id) => window.vivierBench!.accessExport('vivier', id),
          personId,
        );
        if (r.attachments !== 10)
          throw new Error(`the person has ${r.attachments} attachments, not 10`);
        if (run === 0)
          ctx.note(
            'access-export-ms',
            `zip of ${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB, for a candidate with ${r.attachments} attachments in a firm of ${ctx.scale.startup.toLocaleString('en-GB')} candidates`,
          );
        times.push(r.ms);
      }
    });
  } finally {
    await browser.close();
  }
  return [summarise('access-export-ms', 'ms', times)];
}
