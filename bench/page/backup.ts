import { readRow } from '../../src/db/rows';
import { dbPointer } from '../../src/db/active-db';
import { createDb } from '../../src/db/database';
import { getMeta } from '../../src/db/meta';
import { encryptStream, generateOfficeKey, openAge } from '../../src/lib/age';
import { blobSource } from '../../src/lib/random-access';
import { applyRestore } from '../../src/services/backup';
import { makeBackup } from '../../src/services/backup';
import { planRestore } from '../../src/services/backup';
import { verifyBackup } from '../../src/services/backup';
import { putAllRaw } from './raw';

/**
 * Backup and restore as the backup screen runs them, into and from a file in the origin's
 * private file system (OPFS): the same FileSystemWritableFileStream the app writes into the
 * chosen folder, without a folder picker.
 */
async function opfsFile(name: string) {
  const root = await navigator.storage.getDirectory();
  return root.getFileHandle(name, { create: true });
}

async function sinkTo(name: string) {
  const writable = await (await opfsFile(name)).createWritable();
  return {
    write: (chunk: Uint8Array) => writable.write(chunk as Uint8Array<ArrayBuffer>),
    close: () => writable.close(),
    abort: (reason?: unknown) => writable.abort(reason),
  };
}

/** The office key of the last backup, kept in this page for the restore that follows. */
let officeKey: { identity: string; recipient: string } | null = null;

export type BackupReport = {
  ms: number;
  bytes: number;
  attachmentBytes: number;
  attachments: number;
  verifyMs: number;
};

/** `verify`: also read the file back as the app does after writing (timed apart). */
export async function backup(dbName: string, verify: boolean): Promise<BackupReport> {
  const db = createDb(dbName);
  await db.open();
  const actor = await getMeta(db, 'currentUserId');
  if (actor === undefined) throw new Error('no current user: seed first');
  let attachmentBytes = 0;
  let attachments = 0;
  await db.attachments.each((a) => {
    attachmentBytes += readRow('attachments', a).size;
    attachments += 1;
  });
  officeKey = await generateOfficeKey();
  const sink = await sinkTo('bench-backup.age');
  const t0 = performance.now();
  const made = await makeBackup(db, new Date(), actor, sink, {
    recipients: [officeKey.recipient],
  });
  const ms = performance.now() - t0;
  if (!made.ok) throw new Error(made.error.reason);
  let verifyMs = 0;
  if (verify) {
    const file = await (await opfsFile('bench-backup.age')).getFile();
    const t1 = performance.now();
    const verified = await verifyBackup(file, made.value.verifyWith);
    verifyMs = performance.now() - t1;
    if (!verified.ok) throw new Error(verified.error.reason);
  }
  db.close();
  return { ms, bytes: made.value.written.bytes, attachmentBytes, attachments, verifyMs };
}

export type RestoreReport = {
  ms: number;
  planMs: number;
  bytes: number;
  records: number;
  dropped: number;
};

/** Restores the last backup over the active database, as on the same laptop. */
export async function restore(): Promise<RestoreReport> {
  if (officeKey === null) throw new Error('no backup made in this page');
  const pointer = dbPointer();
  const db = await pointer.openActive();
  await db.open();
  const actor = (await getMeta(db, 'currentUserId')) ?? null;
  const file = await (await opfsFile('bench-backup.age')).getFile();
  const ctx = { db, now: new Date(), actor };
  const t0 = performance.now();
  const plan = await planRestore(ctx, file, { identities: [officeKey.identity] });
  if (!plan.ok) throw new Error(plan.error.reason);
  const t1 = performance.now();
  const applied = await applyRestore(ctx, pointer, plan.value);
  const ms = performance.now() - t0;
  if (!applied.ok) throw new Error(applied.error.reason);
  db.close();
  pointer.close();
  let records = 0;
  let dropped = 0;
  for (const t of Object.values(plan.value.summary.tables)) {
    records += t.inBackup - t.dropped;
    dropped += t.dropped;
  }
  return { ms, planMs: t1 - t0, bytes: file.size, records, dropped };
}

export type AgeFloorReport = { encryptMs: number; decryptMs: number; bytes: number };

/**
 * The floor of backup and restore MB/s: the same attachment blobs read from IndexedDB and
 * encrypted with age into an OPFS file (no zip, no JSON, no hashing), then that file decrypted
 * and read through.
 */
export async function ageFloor(dbName: string): Promise<AgeFloorReport> {
  const key = await generateOfficeKey();
  const db = createDb(dbName);
  const ids = await db.attachments.toCollection().primaryKeys();
  let i = 0;
  const plain = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const id = ids[i++];
      if (id === undefined) return controller.close();
      const row = readRow('attachments', await db.attachments.get(id));
      const reader = row.blob.stream().getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        controller.enqueue(value);
      }
    },
  });
  const sink = await sinkTo('bench-floor.age');
  const t0 = performance.now();
  const encrypted = await encryptStream(plain, { recipients: [key.recipient] });
  const reader = encrypted.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    await sink.write(value);
  }
  await sink.close();
  const encryptMs = performance.now() - t0;
  db.close();
  const file = await (await opfsFile('bench-floor.age')).getFile();
  const t1 = performance.now();
  const opened = await openAge(blobSource(file), { identities: [key.identity] });
  const step = 4 * 1024 * 1024;
  for (let at = 0; at < opened.size; at += step)
    await opened.read(at, Math.min(step, opened.size - at));
  const decryptMs = performance.now() - t1;
  return { encryptMs, decryptMs, bytes: file.size };
}

/**
 * The floor of restore records/s: every row of the active database (attachments with their
 * blobs) read, then put with the bare API in one transaction into a fresh database that Dexie
 * created with the app's schema.
 */
export async function rawPutAll(): Promise<{ ms: number; records: number }> {
  const pointer = dbPointer();
  const db = await pointer.openActive();
  await db.open();
  const tables: [string, unknown[]][] = [];
  for (const t of db.tables) tables.push([t.name, await t.toArray()]);
  db.close();
  pointer.close();
  return putAllRaw('vivier-bench-restore-floor', tables);
}
