import { z } from 'zod';
import type { VivierDb } from '../../db/database';
import { getMeta, setMeta, type MetaValues } from '../../db/meta';
import type { SyncQuarantineRow } from '../../db/sync-tables';
import { fieldIssues } from '../../domain/common';
import { err, ok, type Result } from '../../domain/result';
import { zeroHlc } from '../../domain/sync/hlc';
import { createCouchClient, type CouchClient, type HubFailure } from '../../sync/couch-client';
import { enableOutbox, seedOutbox } from '../../sync/outbox';
import { syncOnce, type SyncReport } from '../../sync/replicator';
import type { Invalid } from '../core';
import type { LockManagerLike } from '../retention';
import { loadSyncClock, saveSyncClock, type SyncClock } from './clock';
import { startSyncController, type SyncController } from './controller';
import { leaseLocks } from './lease';

/**
 * Team sync on one laptop's database: the outbox switched on, the clock kept, the connection to
 * the office hub (address and user name only; the hub's session cookie is kept by the browser,
 * the password is sent once to log in and never stored), the controller, and the status the
 * shell shows. A laptop that never connects keeps the outbox off and works exactly as before.
 */
export type SyncFailureReason = HubFailure['reason'];

export type SyncStatus = {
  connection: { address: string; name: string } | null;
  syncing: boolean;
  /** ISO time of the last completed round. */
  lastSyncedAt: string | null;
  /** The last round's failure: shown with its reason until a round succeeds. */
  error: { reason: SyncFailureReason; status?: number } | null;
  /** Changes the hub refused in the last round (its validate function): they stay queued. */
  refused: number;
};

export type SyncRuntime = {
  readonly db: VivierDb;
  readonly clock: SyncClock;
  readonly fetch: typeof fetch | undefined;
  status: SyncStatus;
  controller: SyncController | null;
  readonly listeners: Set<() => void>;
};

const runtimes = new WeakMap<VivierDb, SyncRuntime>();

/** The runtime attached to this database, if any (the demo database has none). */
export const syncRuntimeOf = (db: VivierDb): SyncRuntime | undefined => runtimes.get(db);

function setStatus(rt: SyncRuntime, change: Partial<SyncStatus>) {
  rt.status = { ...rt.status, ...change };
  rt.listeners.forEach((l) => l());
}

export function subscribeSyncStatus(rt: SyncRuntime, listener: () => void): () => void {
  rt.listeners.add(listener);
  return () => rt.listeners.delete(listener);
}

/**
 * Installs the outbox on the database before its first write and reads the device id, the
 * clock and the connection. Call once, before the app renders.
 */
export async function attachSync(
  db: VivierDb,
  options: { now?: () => number; fetch?: typeof fetch } = {},
): Promise<SyncRuntime> {
  const placeholder = '00000000';
  const clock: SyncClock = {
    device: placeholder,
    now: options.now ?? (() => Date.now()),
    current: zeroHlc(placeholder),
    enabled: false,
  };
  enableOutbox(db, clock);
  await loadSyncClock(db, clock);
  const connection = (await getMeta(db, 'syncConnection')) ?? null;
  clock.enabled = connection !== null;
  const rt: SyncRuntime = {
    db,
    clock,
    fetch: options.fetch,
    status: {
      connection: connection && { address: connection.address, name: connection.name },
      syncing: false,
      lastSyncedAt: (await getMeta(db, 'syncLastAt')) ?? null,
      error: null,
      refused: 0,
    },
    controller: null,
    listeners: new Set(),
  };
  runtimes.set(db, rt);
  return rt;
}

/** The database every laptop of the firm syncs with (docs/deployment.md creates it). */
export const hubDatabase = 'vivier';

function clientFor(rt: SyncRuntime, c: MetaValues['syncConnection']): CouchClient {
  return createCouchClient({
    root: c.address.replace(/\/+$/, ''),
    db: c.db,
    ...(rt.fetch ? { fetch: rt.fetch } : {}),
  });
}

/** One round with the hub, or null when this laptop works alone. */
export async function syncRound(rt: SyncRuntime): Promise<Result<SyncReport, HubFailure> | null> {
  const connection = await getMeta(rt.db, 'syncConnection');
  if (!connection) return null;
  const hub = clientFor(rt, connection);
  const ctx = { db: rt.db, hub, clock: rt.clock, author: connection.name };
  const r = await syncOnce(ctx);
  await saveSyncClock(rt.db, rt.clock);
  if (!r.ok) return r;
  await setMeta(rt.db, 'syncLastAt', new Date(rt.clock.now()).toISOString());
  return r;
}

function reportRound(rt: SyncRuntime, r: Result<SyncReport, HubFailure> | null) {
  if (r === null) return setStatus(rt, { syncing: false });
  if (r.ok)
    return setStatus(rt, {
      syncing: false,
      error: null,
      refused: r.value.refused,
      lastSyncedAt: new Date(rt.clock.now()).toISOString(),
    });
  setStatus(rt, {
    syncing: false,
    error: 'status' in r.error ? { reason: r.error.reason, status: r.error.status } : r.error,
  });
}

export type RunnerDeps = {
  /** `navigator.locks` where the browser has it; otherwise the lease fallback is used. */
  locks: LockManagerLike | undefined;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  /** A name for this tab (the lease fallback's holder). */
  tab: string;
  intervalMs?: number;
};

/** Starts syncing in this tab: a round now, then on the timer, on "Sync now" and when online. */
export function startSyncRunner(rt: SyncRuntime, deps: RunnerDeps): SyncController {
  rt.controller?.stop();
  const controller = startSyncController({
    locks: deps.locks ?? leaseLocks(rt.db, deps.tab, rt.clock.now),
    round: () => syncRound(rt),
    setTimer: deps.setTimer,
    clearTimer: deps.clearTimer,
    intervalMs: deps.intervalMs ?? 5 * 60_000,
    onStart: () => {
      if (rt.status.connection) setStatus(rt, { syncing: true });
    },
    onRound: (r) => reportRound(rt, r),
    onError: (error) => {
      console.error('sync failed', error);
      setStatus(rt, { syncing: false, error: { reason: 'bad-response' } });
    },
  });
  rt.controller = controller;
  return controller;
}

export function stopSyncRunner(rt: SyncRuntime): void {
  rt.controller?.stop();
  rt.controller = null;
}

/** Runs a round now (the "Sync now" button, the browser coming back online). */
export async function syncNow(rt: SyncRuntime): Promise<void> {
  if (rt.controller) await rt.controller.syncNow();
  else reportRound(rt, await syncRound(rt));
}

const connectInput = z.object({
  address: z
    .string()
    .trim()
    .min(1, { error: 'required' })
    .max(500)
    .refine((a) => a.startsWith('/') || /^https?:\/\/[^\s/]+/.test(a), {
      error: 'invalid-address',
    }),
  name: z.string().trim().min(1, { error: 'required' }).max(200),
  password: z.string().min(1, { error: 'required' }).max(1000),
});
export type ConnectInput = z.input<typeof connectInput>;
export type ConnectError = Invalid | { reason: `hub-${SyncFailureReason}` };

/**
 * "Connect to the office": logs in (CouchDB's cookie session: the password goes to the hub once
 * and is never stored), remembers the address and the name, turns the outbox on and queues
 * every record this laptop holds, then syncs. A failed login changes nothing.
 */
export async function connectToOffice(
  rt: SyncRuntime,
  input: ConnectInput,
): Promise<Result<{ name: string }, ConnectError>> {
  const parsed = connectInput.safeParse(input);
  if (!parsed.success) return err({ reason: 'invalid', issues: fieldIssues(parsed.error) });
  const connection = { address: parsed.data.address, db: hubDatabase, name: parsed.data.name };
  const login = await clientFor(rt, connection).login(connection.name, parsed.data.password);
  if (!login.ok) return err({ reason: `hub-${login.error.reason}` });
  await setMeta(rt.db, 'syncConnection', { ...connection, name: login.value.name });
  rt.clock.enabled = true;
  await seedOutbox(rt.db, rt.clock);
  await saveSyncClock(rt.db, rt.clock);
  setStatus(rt, {
    connection: { address: connection.address, name: login.value.name },
    error: null,
  });
  void syncNow(rt);
  return ok({ name: login.value.name });
}

/**
 * "Work alone on this laptop" after all: forgets the connection, turns the outbox off and
 * drops what this laptop knew of the hub, so a later connection starts afresh. Records stay.
 */
export async function disconnectFromOffice(rt: SyncRuntime): Promise<void> {
  rt.clock.enabled = false;
  await rt.db.transaction('rw', [rt.db.meta, rt.db.outbox, rt.db.syncDocs], async () => {
    await rt.db.meta.bulkDelete(['syncConnection', 'syncCheckpoint', 'syncLastAt']);
    await rt.db.outbox.clear();
    await rt.db.syncDocs.clear();
  });
  setStatus(rt, { connection: null, error: null, syncing: false, lastSyncedAt: null, refused: 0 });
}

/** Changes made here and not yet on the hub. */
export const waitingChanges = (db: VivierDb): Promise<number> => db.outbox.count();

/** Documents from the hub that failed their schema: set aside, never applied (sync screen). */
export const quarantinedDocuments = (db: VivierDb): Promise<SyncQuarantineRow[]> =>
  db.syncQuarantine.orderBy('id').toArray();
