import type { RawSweepReport } from '../../page/raw';
import type { SweepReport } from '../../page/sweep';
import { launch, type Browser } from '../browser';
import { profileCopy, withBenchPage, type BenchContext } from '../context';
import { summarise, type Metric } from '../stats';

/**
 * The retention sweep on a copy of a seeded profile per run (the sweep erases, so each run
 * starts from the same state): an ordinary day (20 people due) and a mass expiry (30% due).
 */
export async function measureSweep(ctx: BenchContext): Promise<Metric[]> {
  const n = ctx.scale.sweep;
  const ordinary = await runs(ctx, 'sweep-ordinary', n, 20);
  const mass = await runs(ctx, 'sweep-mass', n, Math.round(n * 0.3));
  const handled = (r: SweepReport) => r.record.erased + r.record.archived;
  const perS = (people: number, ms: number) => (people / ms) * 1000;
  ctx.note(
    'sweep-100k-ordinary-day-ms',
    `${handled(ordinary[0]!.app)} candidates erased or archived per run (with their referees); long tasks per run ${ordinary.map((r) => r.app.longTasks).join('/')}`,
  );
  ctx.note(
    'sweep-mass-expiry-records-per-s',
    `${handled(mass[0]!.app)} candidates erased or archived per run, ${(mass[0]!.app.ms / 1000).toFixed(1)} s in the first run (floor ${(mass[0]!.floor.ms / 1000).toFixed(1)} s); long tasks per run ${mass.map((r) => r.app.longTasks).join('/')}`,
  );
  return [
    summarise(
      'sweep-100k-ordinary-day-ms',
      'ms',
      ordinary.map((r) => r.app.ms),
      ordinary.map((r) => r.floor.ms),
    ),
    summarise(
      'sweep-mass-expiry-records-per-s',
      'people/s',
      mass.map((r) => perS(handled(r.app), r.app.ms)),
      mass.map((r) => perS(r.floor.people, r.floor.ms)),
    ),
    summarise(
      'longest-task-sweep-ms',
      'ms',
      mass.map((r, i) => Math.max(r.app.longestTaskMs, ordinary[i]!.app.longestTaskMs)),
    ),
  ];
}

type Run = { app: SweepReport; floor: RawSweepReport };

/** Each run: the app's sweep on one fresh copy, the raw floor on another, alternately. */
async function runs(ctx: BenchContext, name: string, candidates: number, due: number) {
  const { snapshot: seeded } = await ctx.dataset(name, { candidates, due });
  const out: Run[] = [];
  const onCopy = async <T>(work: (page: Browser['page']) => Promise<T>): Promise<T> => {
    const copy = profileCopy(ctx, seeded);
    const browser = await launch(copy.dir, { serviceWorkers: 'block' });
    try {
      return await withBenchPage(browser, ctx.origin, work);
    } finally {
      await browser.close();
      copy.remove();
    }
  };
  for (let run = 0; run < ctx.runs; run++) {
    const app = await onCopy((page) => page.evaluate(() => window.vivierBench!.sweep('vivier')));
    const handled = app.record.erased + app.record.archived;
    if (handled < due) throw new Error(`${name}: the sweep handled ${handled} of ${due} due`);
    const today = app.record.today;
    const floor = await onCopy((page) =>
      page.evaluate((t) => window.vivierBench!.rawSweep('vivier', t), today),
    );
    if (floor.people !== due)
      throw new Error(`${name}: the floor found ${floor.people} of ${due} due`);
    out.push({ app, floor });
  }
  return out;
}
