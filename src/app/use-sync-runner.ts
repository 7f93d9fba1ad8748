import { useEffect } from 'react';
import type { VivierDb } from '../db/database';
import { startSyncRunner, stopSyncRunner, syncNow, syncRuntimeOf } from '../services/sync';

/**
 * Team sync in this tab: a round at start-up, every five minutes, when the browser comes back
 * online and on "Sync now"; one tab at a time (Web Locks, or a lease in the database where the
 * browser has none). Does nothing on a laptop that works alone but keeps the runner ready, so
 * connecting later needs no reload.
 */
export function useSyncRunner(db: VivierDb, actor: string | undefined): void {
  useEffect(() => {
    const rt = syncRuntimeOf(db);
    if (actor === undefined || rt === undefined) return;
    startSyncRunner(rt, {
      locks: typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : undefined,
      setTimer: (run, ms) => window.setTimeout(run, ms),
      clearTimer: (handle) => window.clearTimeout(handle as number),
      tab: crypto.randomUUID(),
    });
    const online = () => void syncNow(rt);
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      stopSyncRunner(rt);
    };
  }, [db, actor]);
}
