import { backfillPending } from '../../db/backfills';
import { readMaybe } from '../../db/rows';
import type { PipelineStatus } from '../../domain/application';
import { candidateRow, type Candidate, type CandidateSource } from '../../domain/candidate';
import { foldWords } from '../../domain/fold';
import {
  facetKey,
  facetPrefix,
  hasFacet,
  keyCeiling,
  namePrefixLength,
  v2PrefixLength,
  type Facet,
  type NameCursor,
} from '../../domain/list-keys';
import { noticeDueHorizon } from '../../domain/notice';
import { searchPrefix } from '../../domain/person-keys';
import type { VivierDb } from '../../db/database';
import { parseRow } from '../../db/rows';
import { defaultPageSize, type Page } from '../core';

export type CandidateFilter = {
  source?: CandidateSource;
  /** Has an application in this status (for this mission, when a mission is given). */
  status?: PipelineStatus;
  /** Has an application for this mission. */
  missionId?: string;
  /** Art. 14 notice due within 7 days or overdue. */
  noticeDue?: boolean;
};

export type CandidateQuery = {
  /** Prefix of a name, an email or a phone number; accents and case do not matter. */
  text?: string;
  filter?: CandidateFilter;
  /** Art. 18: restricted people are left out of search results unless asked for. */
  includeRestricted?: boolean;
};

export type CandidateList = Page<Candidate> & {
  /** Exact number of rows the query matches, when it is known without reading them. */
  total: number | null;
};

/** An id set up to this size is read and sorted whole; above it, the name index is walked. */
export const smallSetLimit = 500;
/** Keys read at once when walking the name index: the first slice, growing 4× to the last. */
const firstSlice = 1_000;
const maxSlice = 32_000;

const byName = (a: NameCursor, b: NameCursor) =>
  a.sortName < b.sortName
    ? -1
    : a.sortName > b.sortName
      ? 1
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0;

const parse = (row: unknown) => parseRow(candidateRow, 'candidates', row);

/** The facets a filter names; a mission with a status is one facet (that application's status). */
function facetsOf(f: CandidateFilter): Facet[] {
  const out: Facet[] = [];
  if (f.missionId !== undefined && f.status !== undefined)
    out.push({ kind: 'mission-status', missionId: f.missionId, status: f.status });
  else if (f.missionId !== undefined) out.push({ kind: 'mission', missionId: f.missionId });
  else if (f.status !== undefined) out.push({ kind: 'status', status: f.status });
  if (f.source !== undefined) out.push({ kind: 'source', source: f.source });
  return out;
}

/**
 * Every condition of the query, checked on a row already read: each word starts one of its search
 * tokens (the index's test), the facets, the notice filter and restriction.
 */
function rowFilter(
  q: CandidateQuery,
  words: readonly string[],
  today: string,
): (c: Candidate) => boolean {
  const f = q.filter ?? {};
  const facets = facetsOf(f);
  const horizon = noticeDueHorizon(today);
  const excludeRestricted = words.length > 0 && !q.includeRestricted;
  return (c) =>
    words.every((w) => c.searchTokens.some((t) => t.startsWith(w))) &&
    facets.every((facet) => hasFacet(c.listKeys, facet)) &&
    (!f.noticeDue || (c.noticeDueOn !== null && c.noticeDueOn <= horizon)) &&
    !(excludeRestricted && c.restricted !== null);
}

/** The words of a search (a phone number is one word of digits). */
function searchWords(text: string): string[] {
  const digits = searchPrefix(text);
  return /^\d+$/.test(digits) ? [digits] : foldWords(text);
}

/** The ids whose search tokens start with every word, from the multi-entry index: keys only. */
async function idsMatching(db: VivierDb, words: readonly string[]): Promise<Set<string>> {
  let ids: Set<string> | undefined;
  for (const word of words) {
    const found = new Set(await db.candidates.where('searchTokens').startsWith(word).primaryKeys());
    const previous: Set<string> | undefined = ids;
    ids = previous === undefined ? found : new Set([...previous].filter((id) => found.has(id)));
    if (ids.size === 0) break;
  }
  return ids ?? new Set();
}

/**
 * The fallback while the search-prefix backfill runs (rows may carry prefixes of up to
 * `v2PrefixLength` characters only): words longer than that are read as id sets; shorter ones
 * are not: one or two letters start tens of thousands of tokens, so their id sets cost more than
 * checking them on the rows the walk reads anyway (the walk's range holds the longest word's start).
 */
const readAsIdSet = (word: string) => word.length > v2PrefixLength;

/**
 * The name-ordered range a search walks: the candidates listed under the first characters of its
 * longest word (`length` at most), a superset of the matches in name order.
 */
function prefixWalk(words: readonly string[], length = v2PrefixLength): Facet | null {
  const longest = words.reduce((a, w) => (w.length > a.length ? w : a), '');
  return longest === '' ? null : { kind: 'name-prefix', prefix: longest.slice(0, length) };
}

/** Rows read at most in one request of a range walk. */
const maxRows = 2_000;

/**
 * A page of a text search from one index range: the candidates listed under the longest word
 * (at most `namePrefixLength` characters), already in name order, read as rows with a limit. For
 * one word that range is exactly its matches, so the first read is the page (the filter refuses
 * only restricted people, Art. 18); a second word is checked on the rows, the next read sized by
 * the share accepted so far, within that one range.
 */
async function rangePage(
  db: VivierDb,
  walk: Facet,
  accept: (c: Candidate) => boolean,
  after: NameCursor | null,
  limit: number,
): Promise<CandidateList> {
  const prefix = facetPrefix(walk);
  const items: Candidate[] = [];
  let from = after;
  let read = 0;
  let exhausted: boolean;
  for (;;) {
    const need = limit + 1 - items.length;
    const want = Math.min(
      maxRows,
      read === 0 ? need : items.length === 0 ? read * 2 : Math.ceil((need * read) / items.length),
    );
    const rows = (
      await db.candidates
        .where('listKeys')
        .between(from === null ? prefix : facetKey(walk, from), prefix + keyCeiling, from === null)
        .limit(want)
        .toArray()
    ).map(parse);
    read += rows.length;
    for (const row of rows) if (accept(row)) items.push(row);
    const last = rows[rows.length - 1];
    exhausted = rows.length < want || last === undefined;
    if (items.length > limit || exhausted || last === undefined) break;
    from = { sortName: last.sortName, id: last.id };
  }
  const page = items.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page,
    next: items.length > limit && last ? { sortName: last.sortName, id: last.id } : null,
    // the whole range read from its start: every match is in hand
    total: exhausted && after === null ? items.length : null,
  };
}

/** Databases known to be through the search-prefix backfill (it never comes back once done). */
const backfilled = new WeakSet<VivierDb>();

async function hasFullPrefixes(db: VivierDb): Promise<boolean> {
  if (backfilled.has(db)) return true;
  if (await backfillPending(db)) return false;
  backfilled.add(db);
  return true;
}

/** A page of a set of ids, in name order. */
async function pageOfIds(
  db: VivierDb,
  ids: ReadonlySet<string>,
  accept: (c: Candidate) => boolean,
  after: NameCursor | null,
  limit: number,
  walk: Facet | null,
): Promise<CandidateList> {
  if (ids.size > smallSetLimit) return walkPage(db, walk, ids, accept, after, limit);
  const rows = (await db.candidates.bulkGet([...ids]))
    .filter((r) => r !== undefined)
    .map(parse)
    .filter(accept)
    .sort(byName);
  const start = after === null ? 0 : rows.findIndex((r) => byName(r, after) > 0);
  const rest = start < 0 ? [] : rows.slice(start);
  const items = rest.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items,
    next: rest.length > limit && last ? { sortName: last.sortName, id: last.id } : null,
    total: rows.length,
  };
}

/**
 * A page in name order from a walk: a facet's range of the list keys, or the whole name index.
 * Reads primary keys in growing slices (one getAllKeys each, no cursor step per key), keeps those
 * in the id set (all of them without one) and reads just the rows of this page; when the filter
 * refuses rows, the next read is sized by the share it accepted so far.
 */
async function walkPage(
  db: VivierDb,
  walk: Facet | null,
  ids: ReadonlySet<string> | null,
  accept: (c: Candidate) => boolean,
  after: NameCursor | null,
  limit: number,
): Promise<CandidateList> {
  const items: Candidate[] = [];
  let from = after;
  let slice = firstSlice;
  let read = 0;
  for (;;) {
    const keys = (await walkFrom(db, walk, from).limit(slice).primaryKeys()) as string[];
    const inSet = ids === null ? keys : keys.filter((id) => ids.has(id));
    // as many rows as the page still needs at the share of rows accepted so far (twice as many
    // as were read while none was): a sparse filter costs a few reads, not one per page
    const need = limit + 1 - items.length;
    const want =
      read === 0 ? need : items.length === 0 ? read : Math.ceil((need * read) / items.length);
    const picked = inSet.slice(0, Math.min(want, firstSlice));
    const rows = (await db.candidates.bulkGet(picked)).filter((r) => r !== undefined).map(parse);
    read += rows.length;
    items.push(...rows.filter(accept));
    if (items.length > limit) break;
    const lastPicked = rows[rows.length - 1];
    if (picked.length < inSet.length && lastPicked) {
      // rows the filter refused left the page short: go on right after the last one read
      from = { sortName: lastPicked.sortName, id: lastPicked.id };
      continue;
    }
    if (keys.length < slice) break;
    const lastKey = readMaybe('candidates', await db.candidates.get(keys[keys.length - 1]!));
    if (!lastKey) break;
    from = { sortName: lastKey.sortName, id: lastKey.id };
    slice = Math.min(slice * 4, maxSlice);
  }
  const page = items.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page,
    next: items.length > limit && last ? { sortName: last.sortName, id: last.id } : null,
    total: null,
  };
}

/** The walk's candidates in name order, strictly after the cursor. */
function walkFrom(db: VivierDb, walk: Facet | null, after: NameCursor | null) {
  if (walk === null) return nameOrder(db, after);
  const prefix = facetPrefix(walk);
  return db.candidates
    .where('listKeys')
    .between(after === null ? prefix : facetKey(walk, after), prefix + keyCeiling, after === null);
}

/** Candidates in name order, strictly after the cursor: the [sortName+id] index makes ties exact. */
const nameOrder = (db: VivierDb, after: NameCursor | null) =>
  after === null
    ? db.candidates.orderBy('[sortName+id]')
    : db.candidates.where('[sortName+id]').above([after.sortName, after.id]);

/**
 * The candidate list: prefix search and filters, sorted by name only (P6: no scoring or
 * ranking), one keyset page at a time. Every path starts from an index, so the first page of
 * 100,000 candidates reads about one page of rows.
 */
export async function searchCandidates(
  db: VivierDb,
  today: string,
  query: CandidateQuery = {},
  after: NameCursor | null = null,
  limit = defaultPageSize,
): Promise<CandidateList> {
  const filter = query.filter ?? {};
  const text = query.text?.trim() ?? '';
  const words = text === '' ? [] : searchWords(text);
  // A text with no word in it (punctuation only) matches nobody.
  if (text !== '' && words.length === 0) return { items: [], next: null, total: 0 };
  const accept = rowFilter(query, words, today);
  const facets = facetsOf(filter);

  // Text alone, no word longer than the prefix keys: one range of the longest word's keys, once
  // every row has them. A longer word ("060000424", "schneider") is read as an id set below: its
  // matches are few, while its first six characters may still start thousands of tokens.
  if (
    words.length > 0 &&
    words.every((w) => w.length <= namePrefixLength) &&
    facets.length === 0 &&
    !filter.noticeDue &&
    (await hasFullPrefixes(db))
  )
    return rangePage(db, prefixWalk(words, namePrefixLength)!, accept, after, limit);

  // One facet alone: walk its index in name order, one page of rows.
  if (text === '' && !filter.noticeDue && facets.length === 1) {
    const facet = facets[0]!;
    const prefix = facetPrefix(facet);
    const upper = prefix + keyCeiling;
    const lower = after === null ? prefix : facetKey(facet, after);
    const rows = await db.candidates
      .where('listKeys')
      .between(lower, upper, after === null, true)
      .filter((row) => accept(parse(row)))
      .limit(limit + 1)
      .toArray();
    const items = rows.slice(0, limit).map(parse);
    const last = items[items.length - 1];
    return {
      items,
      next: rows.length > limit && last ? { sortName: last.sortName, id: last.id } : null,
      total: await db.candidates.where('listKeys').between(prefix, upper).count(),
    };
  }

  // Otherwise every condition is an id set read from an index by keys only; their
  // intersection is then paged in name order, so rows that fail a filter are never read.
  // Short words are the exception: they are checked on the rows of the walk (`readAsIdSet`).
  const walk = prefixWalk(words);
  const longWords = words.filter(readAsIdSet);
  const sets: Promise<string[]>[] = [];
  if (longWords.length > 0) sets.push(idsMatching(db, longWords).then((ids) => [...ids]));
  if (filter.noticeDue)
    sets.push(
      db.candidates.where('noticeDueOn').belowOrEqual(noticeDueHorizon(today)).primaryKeys(),
    );
  for (const facet of facets) {
    const prefix = facetPrefix(facet);
    sets.push(
      db.candidates
        .where('listKeys')
        .between(prefix, prefix + keyCeiling)
        .primaryKeys(),
    );
  }
  if (sets.length > 0) {
    const [firstSet, ...others] = await Promise.all(sets);
    let ids = new Set(firstSet);
    for (const other of others) {
      const inOther = new Set(other);
      ids = new Set([...ids].filter((id) => inOther.has(id)));
    }
    return pageOfIds(db, ids, accept, after, limit, walk);
  }
  // Only short words: the range of the longest one's start, in name order, is the walk.
  if (walk !== null) return walkPage(db, walk, null, accept, after, limit);

  const rows = await nameOrder(db, after)
    .limit(limit + 1)
    .toArray();
  const items = rows.slice(0, limit).map(parse);
  const last = items[items.length - 1];
  return {
    items,
    next: rows.length > limit && last ? { sortName: last.sortName, id: last.id } : null,
    total: await db.candidates.count(),
  };
}
