import type { VivierDb } from '../db/database';
import type { Attachment } from '../domain/attachment';
import { defaultSettings } from '../domain/settings';
import { materialiseAttachment, type AttachmentSpec, type SyntheticGenerator } from './synthetic';

/** Largest attachment write: bounded so 2 GB is written without holding it. */
const attachmentChunkBytes = 32 * 1024 * 1024;

/**
 * Writes a synthetic firm into an empty database through the app's own Dexie schema, batch by
 * batch, with the current user (the firm's first), salt and settings a first run lays down, so
 * the app opens straight onto its screens. For the benchmarks and the demo firm.
 * Returns the bytes of attachments written.
 */
export async function writeSynthetic(
  db: VivierDb,
  gen: SyntheticGenerator,
  batchSize = 2_000,
): Promise<number> {
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
  for (const b of gen.batches(batchSize)) {
    await db.transaction('rw', people, async () => {
      await db.candidates.bulkAdd(b.candidates);
      await db.referees.bulkAdd(b.referees);
      await db.applications.bulkAdd(b.applications);
      await db.consents.bulkAdd(b.consents);
      await db.disclosures.bulkAdd(b.disclosures);
    });
    attachmentBytes += await writeAttachments(db, b.attachments);
  }
  return attachmentBytes;
}

/** Hashes outside the transaction (WebCrypto is not IndexedDB), then writes in bounded groups. */
async function writeAttachments(db: VivierDb, specs: readonly AttachmentSpec[]): Promise<number> {
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
