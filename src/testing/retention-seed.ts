import { readRow } from '../db/rows';
import type { PipelineStatus } from '../domain/application';
import type { Candidate } from '../domain/candidate';
import type { VivierDb } from '../db/database';
import { refreshDeleteOn, retentionTables } from '../services/retention';
import type { ServiceContext } from '../services/core';
import { buildApplication, buildCandidate } from './builders';

export type SeedApplication = { missionId: string | null; statuses: [PipelineStatus, string][] };

/** Adds a candidate with applications and stores their deletion date, as the Records area will. */
export async function seedCandidate(
  ctx: ServiceContext,
  apps: SeedApplication[],
  over: Partial<Candidate> = {},
): Promise<Candidate> {
  const collectedOn = apps[0]?.statuses[0]?.[1] ?? '2026-01-05';
  const candidate = buildCandidate({ collectedOn, ...over });
  await ctx.db.transaction('rw', retentionTables(ctx.db), async () => {
    await ctx.db.candidates.add(candidate);
    for (const a of apps)
      await ctx.db.applications.add(
        buildApplication({
          candidateId: candidate.id,
          missionId: a.missionId,
          receivedOn: a.statuses[0]![1],
          statuses: a.statuses,
        }),
      );
    await refreshDeleteOn(ctx, 'candidate', candidate.id);
  });
  return readRow('candidates', await ctx.db.candidates.get(candidate.id));
}

/** A context at another moment, same database. */
export const at = (ctx: ServiceContext, iso: string): ServiceContext => ({
  ...ctx,
  now: new Date(iso.length === 10 ? `${iso}T09:00:00.000Z` : iso),
});

/** Snapshot of the people and what is theirs, to compare two states of the database. */
export async function peopleSnapshot(db: VivierDb) {
  return {
    candidates: await db.candidates.toArray(),
    referees: await db.referees.toArray(),
    contacts: await db.contacts.toArray(),
    applications: await db.applications.toArray(),
    consents: await db.consents.toArray(),
    archive: await db.archive.toArray(),
    tombstones: await db.tombstones.toArray(),
    notificationTasks: await db.notificationTasks.toArray(),
    disclosures: await db.disclosures.toArray(),
    holds: await db.holds.toArray(),
  };
}
