import type { PipelineStatus } from './application';
import type { CandidateSource } from './candidate';

/**
 * Filtered lists that stay sorted by name at 100,000 rows. IndexedDB has no multi-entry compound
 * index, so each facet value is written into one string with the sort key and the id after it:
 * `status:hired␀muller helene␀cand-1`. A multi-entry index on these strings gives, for any one
 * facet, the candidates in name order, and a page starts just after the last key seen (keyset
 * pagination) instead of skipping over every earlier row.
 */
export type Facet =
  | { kind: 'source'; source: CandidateSource }
  | { kind: 'status'; status: PipelineStatus }
  | { kind: 'mission'; missionId: string }
  | { kind: 'mission-status'; missionId: string; status: PipelineStatus }
  /** A search token starting with these (at most `namePrefixLength`) characters. */
  | { kind: 'name-prefix'; prefix: string };

/**
 * The search prefixes a candidate is listed under in name order: every start of every search
 * token, up to this many characters. A search for a prefix ("vo", "Anne", "+49 17", "0170")
 * matches up to thousands of people; its first page in name order is then one index range, read
 * like a facet, whatever the prefix's frequency. Six characters hold what recruiters type before
 * the list is short (a surname start, a first name, a phone number's area code); a longer word
 * is checked on the rows of its first six characters' range, a few hundred people at most.
 */
export const namePrefixLength = 6;

/**
 * Schema version 2 listed candidates under prefixes of up to 3 characters only; a database not
 * yet through the search-prefix backfill (db/backfills.ts) may still hold such rows.
 */
export const v2PrefixLength = 3;

const sep = '\u0000';
/** Sorts after every character a folded name or an id can hold. */
export const keyCeiling = '\uffff';

export function facetPrefix(f: Facet): string {
  switch (f.kind) {
    case 'source':
      return `source:${f.source}${sep}`;
    case 'status':
      return `status:${f.status}${sep}`;
    case 'mission':
      return `mission:${f.missionId}${sep}`;
    case 'mission-status':
      return `mission-status:${f.missionId}:${f.status}${sep}`;
    case 'name-prefix':
      return `prefix:${f.prefix}${sep}`;
  }
}

/** The position of a row in a name-sorted list: the keyset cursor. */
export type NameCursor = { sortName: string; id: string };

export const facetKey = (f: Facet, at: NameCursor): string =>
  `${facetPrefix(f)}${at.sortName}${sep}${at.id}`;

/** Reads the cursor back from a facet key (for resuming after the last row of a page). */
export function cursorOfFacetKey(key: string): NameCursor {
  const parts = key.split(sep);
  return { sortName: parts[1] ?? '', id: parts[2] ?? '' };
}

/** Whether a list key is a name-prefix key (the others are facets of the candidate's data). */
export const isNamePrefixKey = (key: string): boolean => key.startsWith('prefix:');

/** The name-prefix keys of a candidate (also what a backup from schema version 1 gains). */
export function namePrefixKeys(
  c: {
    id: string;
    sortName: string;
    searchTokens: readonly string[];
  },
  length: number = namePrefixLength,
): string[] {
  const prefixes = new Set<string>();
  for (const token of c.searchTokens)
    for (let n = 1; n <= Math.min(length, token.length); n++) prefixes.add(token.slice(0, n));
  const at = { sortName: c.sortName, id: c.id };
  return [...prefixes].map((prefix) => facetKey({ kind: 'name-prefix', prefix }, at));
}

/**
 * A stored candidate row with its name-prefix keys of up to `length` characters in place of the
 * ones it had: schema version 2's upgrade of the database and of an old backup's records (3
 * characters, as released), and the search-prefix backfill (all of them). Anything not shaped
 * like a candidate is returned as it is, for validation to judge.
 */
export function withNamePrefixKeys<T>(row: T, length: number = v2PrefixLength): T {
  const r = row as { id?: unknown; sortName?: unknown; searchTokens?: unknown; listKeys?: unknown };
  const strings = (v: unknown): v is string[] =>
    Array.isArray(v) && v.every((x) => typeof x === 'string');
  if (typeof r.id !== 'string' || typeof r.sortName !== 'string' || !strings(r.searchTokens))
    return row;
  const others = strings(r.listKeys) ? r.listKeys.filter((k) => !isNamePrefixKey(k)) : [];
  const prefixes = namePrefixKeys(
    { id: r.id, sortName: r.sortName, searchTokens: r.searchTokens },
    length,
  );
  return { ...row, listKeys: [...others, ...prefixes] };
}

/** Every facet key of a candidate: its source, its applications and its search prefixes. */
export function candidateListKeys(c: {
  id: string;
  sortName: string;
  source: CandidateSource;
  searchTokens: readonly string[];
  applications: readonly { missionId: string | null; status: PipelineStatus }[];
}): string[] {
  const facets: Facet[] = [{ kind: 'source', source: c.source }];
  for (const a of c.applications) {
    facets.push({ kind: 'status', status: a.status });
    if (a.missionId !== null) {
      facets.push({ kind: 'mission', missionId: a.missionId });
      facets.push({ kind: 'mission-status', missionId: a.missionId, status: a.status });
    }
  }
  const at = { sortName: c.sortName, id: c.id };
  return [...new Set(facets.map((f) => facetKey(f, at))), ...namePrefixKeys(c)];
}

/** Whether a row carries a facet (to apply a second filter to rows found through the first). */
export const hasFacet = (listKeys: readonly string[], f: Facet): boolean => {
  const prefix = facetPrefix(f);
  return listKeys.some((k) => k.startsWith(prefix));
};
