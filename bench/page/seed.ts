import { Dexie } from 'dexie';
import { createDb, defaultDbName } from '../../src/db/database';
import { defaultSettings } from '../../src/domain/settings';
import type { Attachment } from '../../src/domain/attachment';
import {
  createSynthetic,
  materialiseAttachment,
  type AttachmentSpec,
} from '../../src/testing/synthetic';

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

/** Largest attachment write: bounded so 2 GB is written without holding it. */
const attachmentChunkBytes = 32 * 1024 * 1024;

/**
 * Replaces the database with a synthetic firm, through the app's own Dexie schema, batch by
 * batch. The current user, salt and settings are laid down as a first run would, so the app
 * opens straight onto its screens.
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
  const { firm } = gen;
  const salt = Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
  await db.transaction(
    'rw',
    [db.users, db.organisations, db.contacts, db.missions, db.meta, db.settings],
    async () => {
      await db.users.bulkAdd(firm.users);
      await db.organisations.bulkAdd(firm.organisations);
      await db.contacts.bulkAdd(firm.contacts);
      await db.missions.bulkAdd(firm.missions);
      await db.meta.bulkAdd([
        { key: 'currentUserId', value: firm.users[0]!.id },
        { key: 'installSalt', value: salt },
      ]);
      await db.settings.add(defaultSettings);
    },
  );
  let attachmentBytes = 0;
  const people = [db.candidates, db.referees, db.applications, db.consents, db.disclosures];
  for (const b of gen.batches(2_000)) {
    await db.transaction('rw', people, async () => {
      await db.candidates.bulkAdd(b.candidates);
      await db.referees.bulkAdd(b.referees);
      await db.applications.bulkAdd(b.applications);
      await db.consents.bulkAdd(b.consents);
      await db.disclosures.bulkAdd(b.disclosures);
    });
    attachmentBytes += await writeAttachments(db, b.attachments);
  }
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

/** Hashes outside the transaction (WebCrypto is not IndexedDB), then writes in bounded groups. */
async function writeAttachments(
  db: ReturnType<typeof createDb>,
  specs: readonly AttachmentSpec[],
): Promise<number> {
  let written = 0;
  let group: Attachment[] = [];
  let groupBytes = 0;
  const flush = async () => {
    if (group.length > 0) await db.attachments.bulkAdd(group);
    group = [];
    groupBytes = 0;
  };
  for (const spec of specs) {
    group.push(await materialiseAttachment(spec));
    groupBytes += spec.size;
    written += spec.size;
    if (groupBytes >= attachmentChunkBytes) await flush();
  }
  await flush();
  return written;
}
