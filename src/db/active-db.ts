import { Dexie, type EntityTable } from 'dexie';
import { createDb, type VivierDb } from './database';

type PointerRow = { key: 'active'; name: string };

/**
 * Which of two databases is the live one. A restore fills the other one, then switches with a
 * single put in this tiny database, so a crash or a closed tab at any moment leaves either the old
 * data or the new, never a mix. The database not pointed at is leftover and may be deleted.
 */
export type DbPointer = {
  readonly names: readonly [string, string];
  active(): Promise<string>;
  inactive(): Promise<string>;
  /** Points at `to` if it still points at `from` (one read-write transaction). */
  switchTo(from: string, to: string): Promise<boolean>;
  openActive(): Promise<VivierDb>;
  /** Deletes the database not pointed at: what an interrupted restore left behind. */
  discardInactive(): Promise<void>;
  close(): void;
};

export function dbPointer(prefix = 'vivier'): DbPointer {
  // the first is the name the app has always used, so an existing database stays the active one
  const names = [prefix, `${prefix}-b`] as const;
  const db = new Dexie(`${prefix}-pointer`) as Dexie & {
    pointer: EntityTable<PointerRow, 'key'>;
  };
  db.version(1).stores({ pointer: 'key' });

  const active = async () => {
    const row = await db.pointer.get('active');
    return row && (names as readonly string[]).includes(row.name) ? row.name : names[0];
  };
  const other = (name: string) => (name === names[0] ? names[1] : names[0]);

  return {
    names,
    active,
    inactive: async () => other(await active()),
    switchTo: (from, to) =>
      db.transaction('rw', db.pointer, async () => {
        if ((await active()) !== from || to !== other(from)) return false;
        await db.pointer.put({ key: 'active', name: to });
        return true;
      }),
    openActive: async () => createDb(await active()),
    discardInactive: async () => {
      await Dexie.delete(other(await active()));
    },
    close: () => db.close(),
  };
}
