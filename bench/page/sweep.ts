import { createDb } from '../../src/db/database';
import { getMeta } from '../../src/db/meta';
import type { SweepRecord } from '../../src/domain/sweep-record';
import { runSweep } from '../../src/services/retention';

export type SweepReport = {
  ms: number;
  record: SweepRecord;
  /** Longest task the browser reported (Long Tasks API: only tasks over 50 ms are reported). */
  longestTaskMs: number;
  longTasks: number;
};

/** The app's retention sweep, as the shell runs it, timed with its long tasks watched. */
export async function sweep(dbName: string): Promise<SweepReport> {
  const db = createDb(dbName);
  await db.open();
  const actor = await getMeta(db, 'currentUserId');
  if (actor === undefined) throw new Error('no current user: seed first');
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push(e.duration);
  });
  observer.observe({ type: 'longtask' });
  const t0 = performance.now();
  const record = await runSweep({ db, now: new Date(), actor });
  const ms = performance.now() - t0;
  // Entries of the last task may still be queued: take them before disconnecting.
  for (const e of observer.takeRecords()) tasks.push(e.duration);
  observer.disconnect();
  db.close();
  return { ms, record, longestTaskMs: Math.max(0, ...tasks), longTasks: tasks.length };
}
