import { Dexie } from 'dexie';
import { createDb } from '../../src/db/database';
import { generateSynthetic } from '../../src/testing/synthetic';

/**
 * Raw IndexedDB floors: the same work as the app, through the bare browser API (no Dexie, no
 * zod, no React), on the same database and the same indexes.
 */
const requestDone = <T>(r: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

const transactionDone = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });

export function rawOpen(name: string): Promise<IDBDatabase> {
  const r = indexedDB.open(name);
  r.onupgradeneeded = () => r.transaction?.abort();
  return requestDone(r);
}

/**
 * Each prefix: one getAll over the searchTokens range, first `limit` hits, as a list needs
 * them. Returns the duration of each query, in ms.
 */
export async function rawPrefixQueries(
  dbName: string,
  prefixes: readonly string[],
  limit = 50,
): Promise<number[]> {
  const db = await rawOpen(dbName);
  const out: number[] = [];
  try {
    for (const p of prefixes) {
      const t0 = performance.now();
      const index = db.transaction('candidates').objectStore('candidates').index('searchTokens');
      await requestDone(index.getAll(IDBKeyRange.bound(p, `${p}\uffff`), limit));
      out.push(performance.now() - t0);
    }
  } finally {
    db.close();
  }
  return out;
}

/**
 * The floor of a bulk write: a fresh database with the app's schema (so its indexes), every row
 * put with the bare API in ONE transaction, timed until it completes; the database is deleted.
 */
export async function putAllRaw(
  name: string,
  tables: readonly (readonly [string, readonly unknown[]])[],
): Promise<{ records: number; ms: number }> {
  await Dexie.delete(name);
  const schema = createDb(name);
  await schema.open();
  schema.close();
  const db = await rawOpen(name);
  let records = 0;
  const t0 = performance.now();
  const tx = db.transaction(
    tables.map(([t]) => t),
    'readwrite',
  );
  for (const [table, rows] of tables) {
    const store = tx.objectStore(table);
    for (const row of rows) store.put(row);
    records += rows.length;
  }
  await transactionDone(tx);
  const ms = performance.now() - t0;
  db.close();
  await Dexie.delete(name);
  return { records, ms };
}

export type PutsReport = { records: number; ms: number; recordsPerS: number };

/**
 * Puts every row of a synthetic firm (attachments aside) in one transaction into a fresh
 * database that Dexie created with the app's schema, so the indexes are the app's own.
 */
export async function rawPuts(o: {
  candidates: number;
  seed: number;
  now: string;
}): Promise<PutsReport> {
  const name = 'vivier-bench-puts';
  const d = generateSynthetic({ candidates: o.candidates, seed: o.seed, now: new Date(o.now) });
  const tables: [string, readonly unknown[]][] = [
    ['users', d.users],
    ['organisations', d.organisations],
    ['contacts', d.contacts],
    ['missions', d.missions],
    ['candidates', d.candidates],
    ['referees', d.referees],
    ['applications', d.applications],
    ['consents', d.consents],
    ['disclosures', d.disclosures],
  ];
  const { records, ms } = await putAllRaw(name, tables);
  return { records, ms, recordsPerS: (records / ms) * 1000 };
}

export type RawSweepReport = { ms: number; people: number };

/**
 * The sweep's floor: the due candidates (deleteOn index below today) and what hangs on them
 * (applications, consents, referees, attachments) deleted, their disclosures unlinked and a
 * tombstone written, in batches of 25 per transaction like the app, every request of a batch
 * issued at once. No recomputation, no hashing, no audit: what IndexedDB itself costs.
 */
export async function rawSweep(
  dbName: string,
  today: string,
  batchSize = 25,
): Promise<RawSweepReport> {
  const db = await rawOpen(dbName);
  const t0 = performance.now();
  const due = (await requestDone(
    db
      .transaction('candidates')
      .objectStore('candidates')
      .index('deleteOn')
      .getAllKeys(IDBKeyRange.upperBound(today, true)),
  )) as string[];
  const stores = [
    'candidates',
    'applications',
    'consents',
    'referees',
    'attachments',
    'disclosures',
    'tombstones',
  ];
  for (let i = 0; i < due.length; i += batchSize) {
    const tx = db.transaction(stores, 'readwrite');
    const store = (name: string) => tx.objectStore(name);
    const deleteBy = (name: string, index: string, key: string) => {
      const r = store(name).index(index).getAllKeys(key);
      r.onsuccess = () => {
        for (const k of r.result) store(name).delete(k);
      };
    };
    for (const id of due.slice(i, i + batchSize)) {
      store('candidates').delete(id);
      deleteBy('applications', 'candidateId', id);
      deleteBy('consents', 'candidateId', id);
      deleteBy('referees', 'candidateId', id);
      deleteBy('attachments', 'ownerId', id);
      const d = store('disclosures').index('candidateId').getAll(id);
      d.onsuccess = () => {
        for (const row of d.result as { candidateId: string | null }[])
          store('disclosures').put({ ...row, candidateId: null });
      };
      store('tombstones').put({
        id: crypto.randomUUID(),
        personType: 'candidate',
        erasedAt: new Date().toISOString(),
        reason: 'retention',
        rule: 'P7',
        requestId: null,
        identifierHashes: [],
      });
    }
    await transactionDone(tx);
  }
  const ms = performance.now() - t0;
  db.close();
  return { ms, people: due.length };
}

/** The very rows another page wrote, put with the bare API in one transaction. */
export async function rawPutRows(
  dbName: string,
  store: string,
  rows: readonly unknown[],
): Promise<{ ms: number; recordsPerS: number }> {
  const db = await rawOpen(dbName);
  const t0 = performance.now();
  const tx = db.transaction(store, 'readwrite');
  for (const row of rows) tx.objectStore(store).put(row);
  await transactionDone(tx);
  const ms = performance.now() - t0;
  db.close();
  return { ms, recordsPerS: (rows.length / ms) * 1000 };
}
