import type { DBCore, DBCoreCursor, DBCoreTable } from 'dexie';
import type { VivierDb } from '../db/database';

/**
 * Counts the rows (values) a table hands back, through a DBCore middleware: a real count of
 * what was read, to prove a query used an index instead of scanning. Key-only reads (index
 * keys, primary keys, counts) read no row and are not counted. Register before the first query.
 */
export function countRowReads(db: VivierDb, tableName: string): { reads: number; reset(): void } {
  const counter = {
    reads: 0,
    reset() {
      counter.reads = 0;
    },
  };
  db.use({
    stack: 'dbcore',
    name: `count-reads-${tableName}`,
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        if (name !== tableName) return table;
        return {
          ...table,
          get: async (req) => {
            const value = await table.get(req);
            if (value !== undefined) counter.reads += 1;
            return value;
          },
          getMany: async (req) => {
            const values = await table.getMany(req);
            counter.reads += values.filter((v) => v !== undefined).length;
            return values;
          },
          query: async (req) => {
            const res = await table.query(req);
            if (req.values) counter.reads += res.result.length;
            return res;
          },
          openCursor: async (req) => {
            const cursor = await table.openCursor(req);
            if (cursor === null || !req.values) return cursor;
            // each step of a value cursor reads one row
            return Object.create(cursor, {
              start: {
                value: (onNext: () => void) =>
                  cursor.start(() => {
                    counter.reads += 1;
                    onNext();
                  }),
              },
            }) as DBCoreCursor;
          },
        };
      },
    }),
  });
  return counter;
}
