import type { Page } from 'playwright-core';

/** Rows as JSON, a Blob as `{ __blob: base64, type }`: what crosses between Node and the page. */
export type Dump = Record<string, Record<string, unknown>[]>;

/** Every store of an IndexedDB database in the page, blobs as base64 (byte-for-byte comparable). */
export function dumpIndexedDb(page: Page, name: string): Promise<Dump> {
  return page.evaluate(async (dbName) => {
    const toBase64 = (bytes: Uint8Array) => {
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(s);
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(dbName);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const out: Record<string, Record<string, unknown>[]> = {};
    for (const store of Array.from(db.objectStoreNames)) {
      const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
        req.onerror = () => reject(req.error);
      });
      out[store] = await Promise.all(
        rows.map(async (row) => {
          const copy: Record<string, unknown> = { ...row };
          for (const [k, v] of Object.entries(copy)) {
            if (v instanceof Blob)
              copy[k] = { __blob: toBase64(new Uint8Array(await v.arrayBuffer())), type: v.type };
          }
          return copy;
        }),
      );
    }
    db.close();
    return out;
  }, name);
}

/** Adds rows to stores of the page's database, turning `{ __blob }` back into Blobs. */
export function putRows(page: Page, name: string, tables: Dump): Promise<void> {
  return page.evaluate(
    async ({ dbName, data }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(dbName);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction(Object.keys(data), 'readwrite');
      for (const [store, rows] of Object.entries(data)) {
        for (const row of rows) {
          const copy: Record<string, unknown> = { ...row };
          for (const [k, v] of Object.entries(copy)) {
            const b = v as { __blob?: string; type?: string } | null;
            if (b && typeof b === 'object' && typeof b.__blob === 'string') {
              const bin = atob(b.__blob);
              const bytes = new Uint8Array(bin.length);
              for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
              copy[k] = new Blob([bytes], { type: b.type ?? '' });
            }
          }
          tx.objectStore(store).put(copy);
        }
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { dbName: name, data: tables },
  );
}

/** The database the app uses now (db/active-db.ts: the pointer, else 'vivier'). */
export function activeDbName(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const req = indexedDB.open('vivier-pointer');
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('pointer')) return resolve('vivier');
          const get = db.transaction('pointer').objectStore('pointer').get('active');
          get.onsuccess = () =>
            resolve((get.result as { name?: string } | undefined)?.name ?? 'vivier');
          get.onerror = () => resolve('vivier');
        };
        req.onerror = () => resolve('vivier');
      }),
  );
}
