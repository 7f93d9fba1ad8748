import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useSyncExternalStore } from 'react';
import { useDb } from '../../components/db-context';
import {
  connectToOffice,
  disconnectFromOffice,
  quarantinedDocuments,
  subscribeSyncStatus,
  syncNow,
  syncRuntimeOf,
  waitingChanges,
  type ConnectInput,
  type SyncStatus,
} from '../../services/sync';

const noSubscription = () => () => undefined;
const noStatus = () => null;

function useOnline(): boolean {
  return useSyncExternalStore(
    (l) => {
      window.addEventListener('online', l);
      window.addEventListener('offline', l);
      return () => {
        window.removeEventListener('online', l);
        window.removeEventListener('offline', l);
      };
    },
    () => navigator.onLine,
  );
}

/** The sync status of this laptop (null for a database that never syncs: the demo firm). */
export function useSyncStatus(): (SyncStatus & { waiting: number; online: boolean }) | null {
  const db = useDb();
  const rt = syncRuntimeOf(db);
  const status = useSyncExternalStore(
    rt ? (l) => subscribeSyncStatus(rt, l) : noSubscription,
    rt ? () => rt.status : noStatus,
  );
  const waiting = useLiveQuery(() => waitingChanges(db), [db]) ?? 0;
  const online = useOnline();
  return status && { ...status, waiting, online };
}

export function useSyncActions() {
  const db = useDb();
  const rt = syncRuntimeOf(db);
  return {
    available: rt !== undefined,
    connect: useCallback(
      (input: ConnectInput) =>
        rt ? connectToOffice(rt, input) : Promise.reject(new Error('no sync on this database')),
      [rt],
    ),
    disconnect: useCallback(() => (rt ? disconnectFromOffice(rt) : Promise.resolve()), [rt]),
    syncNow: useCallback(() => (rt ? syncNow(rt) : Promise.resolve()), [rt]),
  };
}

export function useQuarantine() {
  const db = useDb();
  return useLiveQuery(() => quarantinedDocuments(db), [db]);
}
