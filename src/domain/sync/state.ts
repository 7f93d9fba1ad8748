import { merge, type Version } from './merge';

/** Folds one version into a replica's state (record id → version): what a pull does per document. */
export function applyVersion(
  state: ReadonlyMap<string, Version>,
  id: string,
  version: Version,
): Map<string, Version> {
  const next = new Map(state);
  const current = state.get(id);
  next.set(id, current === undefined ? version : merge([current, version]));
  return next;
}
