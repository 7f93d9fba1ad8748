import { dbPointer, type DbPointer } from '../db/active-db';
import type { VivierDb } from '../db/database';
import { generateOfficeKey } from '../lib/age';
import { writeBackup } from '../services/backup';
import type { RestoreContext } from '../services/backup';
import { fillEveryTable, memorySink } from './backup-fixture';
import { testNow } from './db';

/** A laptop: its pointer and its active database, named apart from every other test's. */
export async function laptop(): Promise<{ pointer: DbPointer; db: VivierDb; ctx: RestoreContext }> {
  const pointer = dbPointer(`laptop-${crypto.randomUUID()}`);
  const db = await pointer.openActive();
  await db.open();
  return { pointer, db, ctx: { db, now: testNow, actor: 'user-test' } };
}

/** A backup of this database, as it is, to a new office key. */
export async function laptopBackup(db: VivierDb) {
  const key = await generateOfficeKey();
  const out = memorySink();
  const written = await writeBackup(db, testNow, 'user-test', out.sink, {
    recipients: [key.recipient],
  });
  if (!written.ok) throw new Error(written.error.reason);
  return { key, file: out.blob(), manifest: written.value.manifest };
}

/** A laptop with every table filled, and a backup of it to the office key. */
export async function backedUpLaptop() {
  const l = await laptop();
  const people = await fillEveryTable({ db: l.db, now: testNow, actor: 'user-test' });
  return { ...l, people, ...(await laptopBackup(l.db)) };
}
