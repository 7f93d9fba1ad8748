/**
 * Team sync on this laptop (optional; a laptop that never connects works alone as before):
 * `attachSync` switches the outbox on for the app's database and keeps the device id and the
 * clock; the runner syncs at start-up, when online, on a timer and on "Sync now", in one tab at a
 * time; "Connect to the office" logs in with the hub's session cookie (never a stored password);
 * the status the shell shows, and the documents from the hub set aside as invalid.
 */
export {
  attachSync,
  type ConnectError,
  type ConnectInput,
  connectToOffice,
  disconnectFromOffice,
  hubDatabase,
  quarantinedDocuments,
  type RunnerDeps,
  startSyncRunner,
  stopSyncRunner,
  subscribeSyncStatus,
  type SyncFailureReason,
  syncNow,
  syncRound,
  type SyncRuntime,
  syncRuntimeOf,
  type SyncStatus,
  waitingChanges,
} from './runtime';
export { type SyncController, startSyncController, syncLockName } from './controller';
export { leaseLocks } from './lease';
