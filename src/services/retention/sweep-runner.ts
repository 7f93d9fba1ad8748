import type { SweepRecord } from '../../domain/sweep-record';
import { delayToNextRun } from '../../lib/next-run';

/**
 * The app glue of the sweep: at start-up, then at least hourly and at the next local
 * midnight, in one tab at a time. Browser pieces are parameters so that this is testable: the
 * shell passes `navigator.locks`, `setTimeout`/`clearTimeout` and a `sweep` that builds a fresh
 * context (`runSweep({ db, now: new Date(), actor }, …)`).
 */
export const sweepLockName = 'vivier-retention-sweep';

/** What we use of the Web Locks API (`navigator.locks` satisfies it). */
export type LockManagerLike = {
  request<T>(
    name: string,
    options: { ifAvailable: boolean },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>;
};

/**
 * One sweep if no other tab is sweeping: with `ifAvailable` the callback gets a null lock when
 * another tab holds it, and we skip rather than queue (that tab is doing the work).
 */
export function sweepOnce(
  locks: LockManagerLike,
  sweep: () => Promise<SweepRecord>,
): Promise<SweepRecord | null> {
  return locks.request(sweepLockName, { ifAvailable: true }, async (lock) =>
    lock === null ? null : sweep(),
  );
}

export type SweepRunnerDeps = {
  locks: LockManagerLike;
  sweep: () => Promise<SweepRecord>;
  clock: () => Date;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  onSwept?: (record: SweepRecord) => void;
  /** The next run was planned (the retention screen shows when). */
  onScheduled?: (at: Date) => void;
  onError?: (error: unknown) => void;
};

export type SweepRunner = {
  /** Sweeps now (if no other tab is) and reschedules. */
  runNow(): Promise<SweepRecord | null>;
  /** When the next timer fires. */
  nextAt(): Date | null;
  stop(): void;
};

export function startSweepRunner(deps: SweepRunnerDeps): SweepRunner {
  let handle: unknown = null;
  let next: Date | null = null;
  let stopped = false;
  let running: Promise<SweepRecord | null> | null = null;

  const schedule = () => {
    if (stopped) return;
    if (handle !== null) deps.clearTimer(handle);
    const now = deps.clock();
    const delay = delayToNextRun(now);
    next = new Date(now.getTime() + delay);
    handle = deps.setTimer(() => {
      handle = null;
      void runNow();
    }, delay);
    deps.onScheduled?.(next);
  };

  const runNow = (): Promise<SweepRecord | null> => {
    // In this tab, a run already under way is the run.
    if (running) return running;
    running = (async () => {
      try {
        const record = await sweepOnce(deps.locks, deps.sweep);
        if (record) deps.onSwept?.(record);
        return record;
      } catch (error) {
        deps.onError?.(error);
        return null;
      } finally {
        running = null;
        schedule();
      }
    })();
    return running;
  };

  void runNow();
  return {
    runNow,
    nextAt: () => next,
    stop: () => {
      stopped = true;
      if (handle !== null) deps.clearTimer(handle);
      handle = null;
      next = null;
    },
  };
}
