import type { Collection, IndexableType } from 'dexie';
import type { NameCursor } from '../../domain/list-keys';

/** A page of a sorted list and where the next one starts (null: this was the last). */
export type Page<T> = { items: T[]; next: NameCursor | null };

export const defaultPageSize = 50;

/**
 * Keyset pagination. `from` walks an index in sort order, starting AT the cursor's sort key
 * (inclusive); rows with the same key come in id order, so the ones up to the cursor's id are
 * skipped. Page N reads about one page of rows, never the N-1 pages before it.
 */
export async function pageAfter<R extends { id: string }>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any table's rows and insert type
  from: Collection<any, IndexableType, any>,
  /** The table's reader (`readRow`): every row walked is validated before it is looked at. */
  read: (row: unknown) => R,
  sortKeyOf: (row: R) => string,
  after: NameCursor | null,
  limit: number,
  accept: (row: R) => boolean = () => true,
  /** 'prev' when `from` walks the index backwards (newest first): ties then come id-descending. */
  direction: 'next' | 'prev' = 'next',
): Promise<Page<R>> {
  const pastCursor = (r: R) =>
    after === null ||
    sortKeyOf(r) !== after.sortName ||
    (direction === 'next' ? r.id > after.id : r.id < after.id);
  const rows = (
    await from
      .filter((r) => {
        const row = read(r);
        return pastCursor(row) && accept(row);
      })
      .limit(limit + 1)
      .toArray()
  ).map(read);
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items,
    next:
      rows.length > limit && last !== undefined ? { sortName: sortKeyOf(last), id: last.id } : null,
  };
}
