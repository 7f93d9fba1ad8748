import { backfillBatch } from '../db/backfills';
import type { VivierDb } from '../db/database';

/** What the runner needs of Web Locks (navigator.locks), so a test can give its own. */
export type BackfillLocks = {
  request<T>(
    name: string,
    options: { ifAvailable: true },
    callback: (lock: unknown) => Promise<T> | T,
  ): Promise<T>;
};

/** Lets the page draw and answer between two batches. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs the data backfills after start-up (db/backfills.ts), one small transaction at a time with
 * a pause between them, in one tab at a time: another tab already running them, or a later
 * start after this tab is closed, goes on from the progress kept in meta. Resolves when done or
 * when another tab holds the work; a failed batch changed nothing and is tried at the next start.
 */
export async function runBackfills(
  db: VivierDb,
  // without Web Locks (very old browsers) this tab simply runs them: a batch is idempotent
  locks: BackfillLocks | null = typeof navigator === 'undefined' ? null : (navigator.locks ?? null),
): Promise<void> {
  const work = async () => {
    while (await backfillBatch(db)) await pause();
  };
  if (!locks) return work();
  await locks.request('vivier-backfill', { ifAvailable: true }, (lock) =>
    lock ? work() : undefined,
  );
}
