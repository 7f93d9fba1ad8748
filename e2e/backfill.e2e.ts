import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openBrowser, type Session } from './support/browser';

let session: Session | undefined;
afterEach(async () => {
  await session?.close().catch(() => undefined);
  session = undefined;
});

const dbName = 'vivier-demo';
const clones = 6_000;

declare global {
  interface Window {
    __openDb?: (name: string) => Promise<IDBDatabase>;
  }
}

/** The app's IndexedDB with the bare API (the page has no Dexie of its own to lend). */
async function installOpenDb(session: Session) {
  await session.context.addInitScript(() => {
    window.__openDb = (name) =>
      new Promise((resolve, reject) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
  });
}

/** Runs `fn` in the page with the database's name (a function playwright sends, not a string). */
const inDb = <T>(
  page: Page,
  fn: (args: { name: string; arg: number | null }) => Promise<T>,
  arg: number | null,
): Promise<T> => page.evaluate(fn, { name: dbName, arg });

/** Progress of the search-prefix backfill, or null once it is done. */
const progress = (page: Page) =>
  inDb(
    page,
    async ({ name }) => {
      const db = await window.__openDb!(name);
      return new Promise<{ done: number } | null>((resolve, reject) => {
        const r = db.transaction('meta').objectStore('meta').get('searchPrefixBackfill');
        r.onsuccess = () =>
          resolve((r.result as { value: { done: number } } | undefined)?.value ?? null);
        r.onerror = () => reject(r.error);
      });
    },
    null,
  );

/** SIGKILL to this test's own Chromium (the processes started on its profile directory). */
function crash(userDataDir: string) {
  const ps = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  for (const line of ps.split('\n'))
    if (line.includes(`--user-data-dir=${userDataDir}`)) {
      const pid = Number(line.trim().split(/\s+/)[0]);
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone with its parent
      }
    }
}

describe('schema upgrades never block', () => {
  it(
    'a browser killed mid-backfill loses nothing, and the next start finishes it; search finds everyone meanwhile and after',
    { timeout: 180_000 },
    async () => {
      session = await openBrowser();
      await installOpenDb(session);
      const { page, baseURL, userDataDir } = session;
      await page.goto(baseURL);
      await page.getByRole('button', { name: 'Explore with sample data' }).click();
      await page.getByRole('heading', { name: 'Home', level: 1 }).waitFor();

      // Make the demo firm look like a database just upgraded from version 3: 6,000 more people
      // listed under prefixes of up to 3 characters only, and the backfill scheduled.
      const before = await inDb(
        page,
        async ({ name, arg: n }) => {
          const db = await window.__openDb!(name);
          return new Promise<number>((resolve, reject) => {
            const tx = db.transaction(['candidates', 'meta'], 'readwrite');
            const store = tx.objectStore('candidates');
            const first = store.openCursor();
            let total = 0;
            first.onsuccess = () => {
              const template = first.result!.value as Record<string, unknown>;
              for (let i = 0; i < (n ?? 0); i++) {
                const id = `backfill-${String(i).padStart(5, '0')}`;
                const lastName = `Quillon${i}`;
                const sortName = `quillon${i} berthe`;
                const searchTokens = [`quillon${i}`, 'berthe', sortName, `berthe quillon${i}`];
                const prefixes = new Set(
                  searchTokens.flatMap((t) => [1, 2, 3].map((k) => t.slice(0, k))),
                );
                store.put({
                  ...template,
                  id,
                  identity: { ...(template.identity as object), firstName: 'Berthe', lastName },
                  contact: { emails: [], phones: [], addresses: [] },
                  sortName,
                  searchTokens,
                  listKeys: [
                    `source:${String(template.source)}\u0000${sortName}\u0000${id}`,
                    ...[...prefixes].map((p) => `prefix:${p}\u0000${sortName}\u0000${id}`),
                  ],
                  restricted: null,
                });
              }
              tx.objectStore('meta').put({
                key: 'searchPrefixBackfill',
                value: { after: null, done: 0 },
              });
              const count = store.count();
              count.onsuccess = () => (total = count.result);
            };
            tx.oncomplete = () => resolve(total);
            tx.onerror = () => reject(tx.error);
          });
        },
        clones,
      );
      expect(before).toBeGreaterThan(clones);

      // Start again: the backfill runs behind the first screen; kill Chromium once it is midway.
      await page.goto(`${baseURL}/candidates`);
      await page.getByRole('heading', { name: 'Candidates', level: 1 }).waitFor();
      await expect
        .poll(async () => (await progress(page))?.done ?? clones, { interval: 5, timeout: 30_000 })
        .toBeGreaterThan(0);
      const midway = await progress(page);
      crash(userDataDir);
      expect(midway).not.toBeNull();
      expect(midway!.done).toBeLessThan(clones);
      await session.context.close().catch(() => undefined);

      // Next start: nothing lost, the backfill goes on from where it stopped and finishes.
      session = await openBrowser({ userDataDir });
      await installOpenDb(session);
      const again = session.page;
      await again.goto(`${baseURL}/candidates`);
      const search = again.getByRole('searchbox');
      // found while the backfill may still be running (search falls back to the old way)
      await again.getByRole('heading', { name: 'Candidates', level: 1 }).waitFor();
      await again.getByRole('region', { name: 'Demo firm' }).waitFor();
      await search.fill('Quillon5999');
      await again.getByRole('link', { name: 'QUILLON5999 Berthe' }).waitFor();
      await expect.poll(() => progress(again), { timeout: 60_000 }).toBeNull();
      const after = await inDb(
        again,
        async ({ name }) => {
          const db = await window.__openDb!(name);
          return new Promise<{ rows: number; listed: number }>((resolve, reject) => {
            const tx = db.transaction('candidates');
            const store = tx.objectStore('candidates');
            const rows = store.count();
            const listed = store
              .index('listKeys')
              .count(IDBKeyRange.bound('prefix:quillo\u0000', 'prefix:quillo\u0000\uffff'));
            tx.oncomplete = () => resolve({ rows: rows.result, listed: listed.result });
            tx.onerror = () => reject(tx.error);
          });
        },
        null,
      );
      expect(after).toEqual({ rows: before, listed: clones });
      // and search answers from the new keys: a six-letter prefix finds them, in name order
      await search.fill('Quillo');
      await again.getByRole('link', { name: 'QUILLON0 Berthe' }).waitFor();
      await search.fill('Quillon4321');
      await again.getByRole('link', { name: 'QUILLON4321 Berthe' }).waitFor();
      expect(session.pageErrors).toEqual([]);
    },
  );
});
