import { useEffect } from 'react';
import type { VivierDb } from '../db/database';
import { setNextSweep } from '../hooks/use-next-sweep';
import { runSweep } from '../services/retention';
import { startSweepRunner, type LockManagerLike } from '../services/retention';

/** Without Web Locks (very old browsers) this tab simply sweeps: the sweep is idempotent. */
const soleTab: LockManagerLike = {
  request: (_name, _options, callback) => callback({}),
};

/**
 * Start-up: the first sweep, then one at least hourly and at each local midnight, in one tab at a
 * time (Web Locks). A laptop that was closed for weeks catches up at the first run.
 */
export function useRetentionRunner(db: VivierDb, actor: string | undefined): void {
  useEffect(() => {
    if (actor === undefined) return;
    const runner = startSweepRunner({
      locks: typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : soleTab,
      sweep: () => runSweep({ db, now: new Date(), actor }),
      clock: () => new Date(),
      setTimer: (run, ms) => window.setTimeout(run, ms),
      clearTimer: (handle) => window.clearTimeout(handle as number),
      onScheduled: setNextSweep,
      onError: (error) => console.error('retention sweep failed', error),
    });
    return () => {
      runner.stop();
      setNextSweep(null);
    };
  }, [db, actor]);
}
