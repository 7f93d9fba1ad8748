/**
 * Finding candidates: accent-insensitive prefix search by name, email or phone over the list
 * keys, sorted by name or date only (no scoring, P6); the list's CSV export; and the facet keys
 * a candidate is listed under, rewritten when their applications change.
 */
export { exportCandidatesCsv } from './candidate-export';
export { refreshCandidateFacets } from './candidate-facets';
export { type CandidateList, type CandidateQuery, searchCandidates } from './search';
