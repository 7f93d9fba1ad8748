import type { DBCore, DBCoreCursor, DBCoreTable } from 'dexie';
import type { VivierDb } from '../db/database';

/**
 * Counts the rows (or keys) each table hands back, through a Dexie middleware: how a test proves
 * that a query reads an index range and not the whole table. Install before the database opens.
 */
export type ReadCounts = Map<string, number>;

export function countReads(db: VivierDb): ReadCounts {
  const counts: ReadCounts = new Map();
  const add = (table: string, n: number) => counts.set(table, (counts.get(table) ?? 0) + n);
  db.use({
    stack: 'dbcore',
    name: 'read-counter',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name: string): DBCoreTable {
          const t = down.table(name);
          return {
            ...t,
            // `.then`, not async functions: a native await in a middleware loses Dexie's
            // transaction zone when several requests of one transaction run at once.
            get: (req) =>
              t.get(req).then((r) => {
                if (r !== undefined) add(name, 1);
                return r;
              }),
            getMany: (req) =>
              t.getMany(req).then((r) => {
                add(name, r.filter((x) => x !== undefined).length);
                return r;
              }),
            query: (req) =>
              t.query(req).then((r) => {
                add(name, r.result.length);
                return r;
              }),
            openCursor: (req) =>
              t.openCursor(req).then((c) => {
                if (c === null) return c;
                // every step of a cursor is one row read
                return Object.create(c, {
                  start: {
                    value: (onNext: () => void) =>
                      c.start(() => {
                        add(name, 1);
                        onNext();
                      }),
                  },
                }) as DBCoreCursor;
              }),
          };
        },
      };
    },
  });
  return counts;
}
