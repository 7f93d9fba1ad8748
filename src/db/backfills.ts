import type { Transaction } from 'dexie';
import { namePrefixLength, withNamePrefixKeys } from '../domain/list-keys';
import type { VivierDb } from './database';
import { getMeta, setMeta } from './meta';

/**
 * Data backfills: rows rewritten after start-up, never in a schema upgrade. An upgrade runs in
 * one transaction before the first query answers, so rewriting 100,000 candidates there made a
 * recruiter wait minutes; a backfill instead runs in small batches while the app answers, each
 * batch one transaction that also records how far it got (in meta), so a tab closed midway
 * resumes at the next start where it stopped. Readers that need the new data (search) ask
 * `backfillPending` and answer the old way until it is done.
 */

/** Candidates per batch: one short transaction each (tens of milliseconds). */
export const backfillBatchSize = 250;

/**
 * Schema version 4's upgrade: only records that candidates written before it need their search
 * prefixes of up to `namePrefixLength` characters (a single write, whatever the data's size).
 * A database created at version 4 or later has nothing to do: every writer lists them already.
 */
export async function scheduleSearchPrefixBackfill(tx: Transaction): Promise<void> {
  await tx.table('meta').put({ key: 'searchPrefixBackfill', value: { after: null, done: 0 } });
}

/** Whether some candidates may still lack their longer search prefixes. */
export async function backfillPending(db: VivierDb): Promise<boolean> {
  return (await db.meta.get('searchPrefixBackfill')) !== undefined;
}

/**
 * One batch of the search-prefix backfill, in id order after the last one done, with its
 * progress in the same transaction: `true` while more remain. A candidate edited meanwhile was
 * already given every key by its writer; rewriting it again gives the same keys.
 */
export async function backfillBatch(db: VivierDb, size = backfillBatchSize): Promise<boolean> {
  return db.transaction('rw', [db.candidates, db.meta], async (tx) => {
    const state = await getMeta(db, 'searchPrefixBackfill');
    if (state === undefined) return false;
    const table = tx.table<Record<string, unknown>, string>('candidates');
    const rows = await (
      state.after === null ? table.orderBy(':id') : table.where(':id').above(state.after)
    )
      .limit(size)
      .toArray();
    await table.bulkPut(rows.map((row) => withNamePrefixKeys(row, namePrefixLength)));
    const last = rows[rows.length - 1];
    if (rows.length < size || last === undefined) {
      await db.meta.delete('searchPrefixBackfill');
      return false;
    }
    await setMeta(db, 'searchPrefixBackfill', {
      after: String(last.id),
      done: state.done + rows.length,
    });
    return true;
  });
}
