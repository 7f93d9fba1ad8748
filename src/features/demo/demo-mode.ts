import { Dexie } from 'dexie';
import { createDb, type VivierDb } from '../../db/database';
import { demoDbName } from '../../db/demo-db';
import { getMeta, setMeta } from '../../db/meta';

/**
 * Whether this browser is showing the demo firm. Set only once the demo database is complete,
 * so a demo cut short (tab closed while it was being written) is discarded at the next start.
 * The browser writes this flag to disk lazily (a crash a few seconds later can lose it), so the
 * demo database also carries its own mark, committed with its data: the flag is only the fast
 * path, the mark decides.
 */
const flag = 'vivier.demo';

export const demoChosen = (): boolean => localStorage.getItem(flag) === '1';

/** The demo database when the demo was chosen; otherwise removes a half-written one, if any. */
export async function openDemoIfChosen(): Promise<VivierDb | null> {
  if (demoChosen()) return createDb(demoDbName);
  const names = (await indexedDB.databases?.().catch(() => [])) ?? [];
  if (!names.some((d) => d.name === demoDbName)) return null;
  const db = createDb(demoDbName);
  if ((await getMeta(db, 'demoComplete').catch(() => undefined)) === true) {
    localStorage.setItem(flag, '1');
    return db;
  }
  db.close();
  await Dexie.delete(demoDbName);
  return null;
}

/** Writes the demo firm (its code loads only now: not in the start bundle), then marks it chosen. */
export async function enterDemo(now: Date): Promise<void> {
  const { writeDemoFirm } = await import('./demo-firm');
  await writeDemoFirm(now);
  const db = createDb(demoDbName);
  try {
    await setMeta(db, 'demoComplete', true);
  } finally {
    db.close();
  }
  localStorage.setItem(flag, '1');
}

/** Deletes the demo database; the next start is the first run of the real one. */
export async function leaveDemo(db: VivierDb): Promise<void> {
  localStorage.removeItem(flag);
  db.close();
  await Dexie.delete(demoDbName);
}
