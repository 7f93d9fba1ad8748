import { readMaybe, readRows } from '../../db/rows';
import { candidateListKeys } from '../../domain/list-keys';
import { sameData } from '../../domain/changes';
import type { ServiceContext } from '../core';

/**
 * Rewrites a candidate's facet keys after its applications changed (inside the caller's
 * transaction, which includes candidates and applications). A derived field: no audit entry of
 * its own, the application's entry describes the change.
 */
export async function refreshCandidateFacets(ctx: ServiceContext, candidateId: string) {
  const candidate = readMaybe('candidates', await ctx.db.candidates.get(candidateId));
  if (candidate === undefined) return;
  const applications = readRows(
    'applications',
    await ctx.db.applications.where('candidateId').equals(candidateId).toArray(),
  );
  const listKeys = candidateListKeys({ ...candidate, applications });
  if (!sameData(listKeys, candidate.listKeys))
    await ctx.db.candidates.update(candidateId, { listKeys });
}
