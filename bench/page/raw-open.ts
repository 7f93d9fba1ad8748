/**
 * The start-up floor: a page that only opens IndexedDB, reads the first 50 candidates by the
 * name index and shows their names. No framework, no validation, no service worker: what the
 * browser itself costs for what the candidate list shows first.
 */
export type RawOpenResult = {
  /** indexedDB.open until success. */
  openMs: number;
  /** The first 50 by sortName, read with one getAll. */
  readMs: number;
  /** Since navigation start, after the names were painted (next animation frame). */
  doneAt: number;
  count: number;
};

declare global {
  interface Window {
    rawOpen?: RawOpenResult | { error: string };
  }
}

const dbName = new URLSearchParams(location.search).get('db') ?? 'vivier';
const t0 = performance.now();
const request = indexedDB.open(dbName);
request.onupgradeneeded = () => {
  request.transaction?.abort();
  window.rawOpen = { error: `database ${dbName} does not exist` };
};
request.onerror = () => {
  window.rawOpen ??= { error: String(request.error) };
};
request.onsuccess = () => {
  const db = request.result;
  const t1 = performance.now();
  const read = db
    .transaction('candidates')
    .objectStore('candidates')
    .index('sortName')
    .getAll(null, 50);
  read.onsuccess = () => {
    const rows = read.result as { identity: { firstName: string; lastName: string } }[];
    const t2 = performance.now();
    const list = document.getElementById('names')!;
    list.replaceChildren(
      ...rows.map((r) => {
        const li = document.createElement('li');
        li.textContent = `${r.identity.lastName} ${r.identity.firstName}`;
        return li;
      }),
    );
    requestAnimationFrame(() => {
      window.rawOpen = {
        openMs: t1 - t0,
        readMs: t2 - t1,
        doneAt: performance.now(),
        count: rows.length,
      };
      db.close();
    });
  };
};
