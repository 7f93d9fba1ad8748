import type { LockManagerLike } from '../retention';

/**
 * When sync runs: at start-up, when the browser comes back online, on a timer and on "Sync now";
 * in one tab at a time (a lock shared by the tabs: Web Locks, or the lease fallback) and never
 * two rounds at once in a tab (asking during a round runs one more round after it, so a change
 * made meanwhile is not left waiting for the timer). Browser pieces are parameters, as for the
 * retention sweep, so this is tested without a browser.
 */
export const syncLockName = 'vivier-sync';

export type SyncControllerDeps<T> = {
  locks: LockManagerLike;
  /** One round (push, pull, push): its outcome, reported to `onRound`. */
  round: () => Promise<T>;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  intervalMs: number;
  onStart?: () => void;
  onRound?: (outcome: T) => void;
  /** Another tab held the lock: it is the one syncing. */
  onSkipped?: () => void;
  onError?: (error: unknown) => void;
};

export type SyncController = {
  /** Runs a round now (or one more after the round under way); resolves when it is done. */
  syncNow(): Promise<void>;
  stop(): void;
};

export function startSyncController<T>(deps: SyncControllerDeps<T>): SyncController {
  let handle: unknown = null;
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;

  const schedule = () => {
    if (stopped) return;
    if (handle !== null) deps.clearTimer(handle);
    handle = deps.setTimer(() => {
      handle = null;
      void syncNow();
    }, deps.intervalMs);
  };

  const once = () =>
    deps.locks.request(syncLockName, { ifAvailable: true }, async (lock) => {
      if (lock === null) {
        deps.onSkipped?.();
        return;
      }
      deps.onStart?.();
      const outcome = await deps.round();
      deps.onRound?.(outcome);
    });

  const syncNow = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          try {
            await once();
          } catch (error) {
            deps.onError?.(error);
          }
        } while (again && !stopped);
      } finally {
        running = null;
        schedule();
      }
    })();
    return running;
  };

  void syncNow();
  return {
    syncNow,
    stop: () => {
      stopped = true;
      if (handle !== null) deps.clearTimer(handle);
      handle = null;
    },
  };
}
