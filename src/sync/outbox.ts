import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import type { VivierDb } from '../db/database';
import { encodeHlc, tick, type Hlc } from '../domain/sync/hlc';
import { docIdFor, auditKey } from '../domain/sync/document';
import { kindOfTable, kindSpecs, replicatedKinds } from '../domain/sync/kinds';
import type { OutboxRow } from '../db/sync-tables';

/**
 * The outbox, written by a Dexie DBCore middleware (as dexie-observable did): every read-write
 * transaction over a replicated table also takes the outbox, and every add, put or delete of a
 * replicated row appends an entry to it through that same transaction. So a change and its
 * outbox entry commit together or roll back together, for every service, without any service
 * knowing about sync. Entries hold the record's id, the operation and a stamp, never field
 * values: the pusher reads the row as it is when it pushes.
 */
export type OutboxClock = {
  readonly device: string;
  /** The wall clock, in ms since the epoch (injected so tests set it). */
  readonly now: () => number;
  /** The clock as last advanced: by local changes here, by pulled changes in the replicator. */
  current: Hlc;
  /**
   * False while the laptop works alone: the middleware then lets every write through untouched,
   * so a laptop without sync works exactly as before. Connecting turns it on (and queues every
   * record once); absent means on.
   */
  enabled?: boolean;
};

const replicatedTables: ReadonlySet<string> = new Set(
  replicatedKinds.map((k) => kindSpecs[k].table),
);

/**
 * Transactions the replicator opens to apply what it pulled: their writes came from the hub and
 * must not be echoed back as local changes.
 */
const applyingFromHub = new WeakSet<DBCoreTransaction>();
/** Read-write transactions opened while the outbox was on: only their writes are recorded. */
const recording = new WeakSet<DBCoreTransaction>();
export function markApplyingFromHub(trans: DBCoreTransaction): void {
  applyingFromHub.add(trans);
}

function docIdOf(table: string, key: unknown, device: string): string | undefined {
  const kind = kindOfTable(table);
  if (kind === undefined) return undefined;
  return docIdFor(kind, kind === 'audit' ? auditKey(device, Number(key)) : String(key));
}

function outboxTable(
  name: string,
  down: DBCoreTable,
  core: DBCore,
  clock: OutboxClock,
): DBCoreTable {
  const keyPath = down.schema.primaryKey.keyPath;
  const keyOf = (value: unknown) =>
    typeof keyPath === 'string' ? (value as Record<string, unknown>)[keyPath] : undefined;

  // Written with .then on the promises Dexie hands down (no async/await): those keep the
  // transaction's zone, so the service awaiting this write still runs inside its transaction.
  function record(trans: DBCoreTransaction, keys: readonly unknown[], op: OutboxRow['op']) {
    const values: OutboxRow[] = [];
    for (const key of keys) {
      const docId = docIdOf(name, key, clock.device);
      if (docId === undefined || key === undefined) continue;
      clock.current = tick(clock.current, clock.now());
      values.push({ docId, op, hlc: encodeHlc(clock.current) });
    }
    if (values.length === 0) return undefined;
    return core
      .table('outbox')
      .mutate({ type: 'add', trans, values })
      .then((res) => {
        if (res.numFailures > 0) throw new Error('could not record the change in the outbox');
      });
  }

  return {
    ...down,
    mutate(req: DBCoreMutateRequest) {
      if (!recording.has(req.trans) || applyingFromHub.has(req.trans)) return down.mutate(req);
      if (req.type === 'deleteRange')
        // the keys a range deletion removes, read first in the same transaction
        return down
          .query({
            trans: req.trans,
            values: false,
            query: { index: down.schema.primaryKey, range: req.range },
          })
          .then((found) =>
            down.mutate(req).then((res) => {
              const recorded = record(req.trans, found.result, 'delete');
              return recorded ? recorded.then(() => res) : res;
            }),
          );
      return down.mutate(req).then((res) => {
        let keys: unknown[];
        if (req.type === 'delete') keys = [...req.keys];
        else {
          const failed = new Set(Object.keys(res.failures).map(Number));
          const written = (res.results ?? req.keys ?? req.values.map(keyOf)).filter(
            (_, i) => !failed.has(i),
          );
          keys = [...written, ...(req.type === 'put' ? (req.updates?.keys ?? []) : [])];
        }
        const recorded = record(req.trans, keys, req.type === 'delete' ? 'delete' : 'put');
        return recorded ? recorded.then(() => res) : res;
      });
    },
  };
}

export function outboxMiddleware(clock: OutboxClock): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'vivier-outbox',
    create(down) {
      return {
        ...down,
        transaction(stores, mode, options) {
          const records =
            clock.enabled !== false &&
            mode === 'readwrite' &&
            stores.some((s) => replicatedTables.has(s));
          const widened = records && !stores.includes('outbox') ? [...stores, 'outbox'] : stores;
          const trans = down.transaction(widened, mode, options);
          // decided once per transaction: turning sync on midway never writes to an outbox the
          // transaction does not hold
          if (records) recording.add(trans);
          return trans;
        },
        table(name) {
          const table = down.table(name);
          return replicatedTables.has(name) ? outboxTable(name, table, down, clock) : table;
        },
      };
    },
  };
}

/** Turns the outbox on for a database (before it opens): from then on every change is recorded. */
export function enableOutbox(db: VivierDb, clock: OutboxClock): void {
  db.use(outboxMiddleware(clock));
}

/**
 * Queues every replicated record once, in one transaction: what a laptop that worked alone holds
 * when it connects to the office (from then on the middleware records each change).
 */
export async function seedOutbox(db: VivierDb, clock: OutboxClock): Promise<number> {
  const tables = [...replicatedTables].map((t) => db.table(t));
  return db.transaction('rw', [...tables, db.outbox], async () => {
    const values: OutboxRow[] = [];
    for (const table of tables)
      for (const key of await table.toCollection().primaryKeys()) {
        const docId = docIdOf(table.name, key, clock.device);
        if (docId === undefined) continue;
        clock.current = tick(clock.current, clock.now());
        values.push({ docId, op: 'put', hlc: encodeHlc(clock.current) });
      }
    await db.outbox.bulkAdd(values);
    return values.length;
  });
}
