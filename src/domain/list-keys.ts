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
  | { kind: 'mission-status'; missionId: string; status: PipelineStatus };

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

/** Every facet key of a candidate, from its source and its applications. */
export function candidateListKeys(c: {
  id: string;
  sortName: string;
  source: CandidateSource;
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
  return [...new Set(facets.map((f) => facetKey(f, at)))];
}

/** Whether a row carries a facet (to apply a second filter to rows found through the first). */
export const hasFacet = (listKeys: readonly string[], f: Facet): boolean => {
  const prefix = facetPrefix(f);
  return listKeys.some((k) => k.startsWith(prefix));
};
