import { createDb } from '../../src/db/database';
import { getMeta } from '../../src/db/meta';
import { buildAccessExport } from '../../src/services/access-export';

export type AccessExportReport = { ms: number; bytes: number; files: number; attachments: number };

/** The app's Art. 15 export of one person, from the call to the finished zip bytes. */
export async function accessExport(dbName: string, personId: string): Promise<AccessExportReport> {
  const db = createDb(dbName);
  await db.open();
  const actor = await getMeta(db, 'currentUserId');
  if (actor === undefined) throw new Error('no current user: seed first');
  const attachments = await db.attachments.where('ownerId').equals(personId).count();
  const t0 = performance.now();
  const r = await buildAccessExport(
    { db, now: new Date(), actor },
    { personType: 'candidate', personId },
  );
  const ms = performance.now() - t0;
  db.close();
  if (!r.ok) throw new Error(r.error.reason);
  return { ms, bytes: r.value.bytes.byteLength, files: r.value.manifest.files.length, attachments };
}
