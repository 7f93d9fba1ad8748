import { Dexie } from 'dexie';
import { createDb, defaultDbName } from '../../src/db/database';
import { createSynthetic } from '../../src/testing/synthetic';
import { writeSynthetic } from '../../src/testing/synthetic-db';

export type SeedOptions = {
  candidates: number;
  seed: number;
  /** ISO instant: the synthetic data's "now". */
  now: string;
  due?: number;
  attachmentBytes?: number;
  dbName?: string;
};

export type SeedReport = {
  ms: number;
  counts: Record<string, number>;
  attachmentBytes: number;
  featuredCandidateId: string;
  dueIds: number;
};

/**
 * Replaces the database with a synthetic firm (src/testing/synthetic-db.ts writes it).
 */
export async function seed(o: SeedOptions): Promise<SeedReport> {
  const t0 = performance.now();
  const name = o.dbName ?? defaultDbName;
  await Dexie.delete(name);
  const db = createDb(name);
  const gen = createSynthetic({
    candidates: o.candidates,
    now: new Date(o.now),
    seed: o.seed,
    ...(o.due === undefined ? {} : { due: o.due }),
    attachmentBytes: o.attachmentBytes ?? 0,
  });
  const attachmentBytes = await writeSynthetic(db, gen);
  const counts: Record<string, number> = {};
  for (const t of db.tables) counts[t.name] = await t.count();
  db.close();
  return {
    ms: performance.now() - t0,
    counts,
    attachmentBytes,
    featuredCandidateId: gen.featuredCandidateId,
    dueIds: gen.dueIds().length,
  };
}
