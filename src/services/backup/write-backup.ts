import { readMaybe, readRow } from '../../db/rows';
import type { IndexableType, Table } from 'dexie';
import type { BackupWriteReason } from '../../domain/backup-reasons';
import { err, ok, type Result } from '../../domain/result';
import type { VivierDb } from '../../db/database';
import { currentSchemaVersion } from '../../db/schema-versions';
import { AgeError, ageChunkSize, encryptStream, type AgeKey } from '../../lib/age';
import {
  zipStream,
  ZipWriteError,
  type ZipEntrySource,
  type ZipEntryWritten,
} from '../../lib/zip-writer';
import { createSha256 } from '../../lib/sha256-stream';
import { sha256Hex } from '../../lib/sha256';
import { appVersion } from './app-version';
import {
  attachmentEntryName,
  backupFormat,
  backupFormatVersion,
  backupTables,
  chunkBytes,
  chunkName,
  chunkRows,
  manifestName,
  portableMetaKeys,
  sumsName,
  sumsText,
  type BackupTable,
  type Manifest,
} from './format';
import { recordSchemas, type BackupRecord } from './record-schemas';

export type BackupKey = AgeKey;

/**
 * Where the encrypted bytes go: a FileSystemWritableFileStream has exactly these methods, and a
 * WritableStream's writer too. `abort` must leave no file named as a backup.
 */
export type BackupSink = {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(reason?: unknown): Promise<void>;
};

export type BackupProgress = { bytesWritten: number; estimatedBytes: number };

export type BackupWriteFailure = { reason: BackupWriteReason; table?: BackupTable; key?: string };

export type BackupWritten = { manifest: Manifest; bytes: number };

class WriteFail extends Error {
  constructor(readonly failure: BackupWriteFailure) {
    super(failure.reason);
  }
}

const pageRows = 250;
const attachmentPage = 50;

/**
 * Writes the whole database as one encrypted backup, as one stream: IndexedDB pages → JSON Lines
 * and attachment bytes → zip → age → sink. Nothing waits for the whole: memory holds a page of
 * rows, a chunk of JSON Lines (≤ 4 MiB) and one attachment (≤ 20 MiB, hashed whole natively).
 *
 * IndexedDB cannot hold one read transaction open across a stream, so each page is its own read;
 * every change in Vivier is audited, so an audit log that moved during the backup means the copy
 * may be inconsistent: the backup fails with 'changed-during-backup' and is simply made again.
 */
export async function writeBackup(
  db: VivierDb,
  now: Date,
  actor: string,
  sink: BackupSink,
  key: BackupKey,
  onProgress?: (p: BackupProgress) => void,
  signal?: AbortSignal,
): Promise<Result<BackupWritten, BackupWriteFailure>> {
  const anchor = readMaybe('auditLog', await db.auditLog.orderBy('seq').last());
  const estimatedBytes = await estimate(db);
  const written: ZipEntryWritten[] = [];
  const counts: Partial<Record<BackupTable, number>> = {};
  let attachmentBytes = 0;
  let manifest: Manifest | null = null;

  async function* entries(): AsyncGenerator<ZipEntrySource> {
    for (const table of backupTables) {
      let n = 0;
      const rows = tableRows(db, table, anchor?.seq);
      if (table === 'attachments') {
        let index = 0;
        for await (const page of pagesOf(db.attachments, attachmentPage)) {
          const read = page.map((row) => {
            const meta = validated('attachments', row);
            const blob = (row as { blob?: unknown }).blob;
            if (!(blob instanceof Blob) || blob.size !== meta.size) {
              throw new WriteFail({ reason: 'corrupt-row', table, key: meta.id });
            }
            return { ...meta, blob };
          });
          n += page.length;
          yield {
            name: chunkName(table, ++index),
            compress: true,
            data: jsonl(read.map(({ blob: _blob, ...meta }) => meta)),
          };
          for (const row of read) {
            attachmentBytes += row.blob.size;
            // Read whole (an attachment is at most 20 MiB) and hashed natively: SHA-256 in
            // JavaScript was the largest part of a backup's time. A blob that no longer matches
            // the hash stored when it was added is found here, before it reaches a backup.
            const bytes = new Uint8Array(await row.blob.arrayBuffer());
            const sha256 = await sha256Hex(bytes);
            if (sha256 !== row.sha256) {
              throw new WriteFail({ reason: 'corrupt-row', table, key: row.id });
            }
            yield { name: attachmentEntryName(row.id), compress: false, data: bytes, sha256 };
          }
        }
      } else {
        let index = 0;
        let lines: string[] = [];
        let size = 0;
        for await (const row of rows) {
          const line = JSON.stringify(validated(table, row));
          lines.push(line);
          size += line.length + 1;
          n += 1;
          if (lines.length >= chunkRows || size >= chunkBytes) {
            yield { name: chunkName(table, ++index), compress: true, data: encodeLines(lines) };
            lines = [];
            size = 0;
          }
        }
        if (lines.length > 0) {
          yield { name: chunkName(table, index + 1), compress: true, data: encodeLines(lines) };
        }
      }
      counts[table] = n;
    }

    const now2 = readMaybe('auditLog', await db.auditLog.orderBy('seq').last());
    if (now2?.seq !== anchor?.seq || now2?.hash !== anchor?.hash) {
      throw new WriteFail({ reason: 'changed-during-backup' });
    }
    manifest = {
      format: backupFormat,
      formatVersion: backupFormatVersion,
      schemaVersion: currentSchemaVersion,
      appVersion,
      createdAt: now.toISOString(),
      createdBy: actor,
      counts: counts as Record<BackupTable, number>,
      attachmentBytes,
      lastAudit: anchor ? { seq: anchor.seq, hash: anchor.hash } : null,
      entries: written.map(({ name, size, sha256 }) => ({ name, size, sha256 })),
    };
    const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest, null, 2) + '\n');
    const h = createSha256();
    h.update(manifestBytes);
    yield { name: manifestName, compress: true, data: manifestBytes };
    yield {
      name: sumsName,
      compress: true,
      data: new TextEncoder().encode(sumsText(manifest, h.hex())),
    };
  }

  const plain = zipStream(entries(), {
    mtime: now,
    padTo: ageChunkSize,
    onEntry: (e) => written.push(e),
  });
  let encrypted: ReadableStream<Uint8Array>;
  try {
    encrypted = await encryptStream(plain, key);
  } catch (e) {
    // an empty key, or a recipient that is not a valid age1 public key (bech32 checksum)
    await plain.cancel().catch(() => undefined);
    if (e instanceof AgeError || e instanceof Error) return err({ reason: 'invalid-key' });
    throw e;
  }

  const reader = encrypted.getReader();
  let bytes = 0;
  try {
    for (;;) {
      if (signal?.aborted) throw new WriteFail({ reason: 'cancelled' });
      const { done, value } = await reader.read();
      if (done) break;
      await sinkStep(() => sink.write(value));
      bytes += value.length;
      onProgress?.({ bytesWritten: bytes, estimatedBytes: Math.max(estimatedBytes, bytes) });
    }
    if (signal?.aborted) throw new WriteFail({ reason: 'cancelled' });
    await sinkStep(() => sink.close());
  } catch (e) {
    await reader.cancel(e).catch(() => undefined);
    await sink.abort(e).catch(() => undefined);
    if (e instanceof WriteFail) return err(e.failure);
    if (e instanceof ZipWriteError) return err({ reason: 'too-large' });
    if (e instanceof Error && e.name === 'CorruptRowError') return err({ reason: 'corrupt-row' });
    throw e;
  }
  if (manifest === null) throw new Error('backup stream ended without its manifest');
  return ok({ manifest, bytes });
}

async function sinkStep(step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch {
    throw new WriteFail({ reason: 'sink-failed' });
  }
}

function validated<T extends BackupTable>(table: T, row: unknown): BackupRecord<T> {
  const parsed = recordSchemas[table].safeParse(row);
  if (!parsed.success) {
    const key = row as { id?: unknown; seq?: unknown; key?: unknown };
    throw new WriteFail({
      reason: 'corrupt-row',
      table,
      key: String(key.id ?? key.seq ?? key.key),
    });
  }
  return parsed.data as BackupRecord<T>;
}

const encodeLines = (lines: readonly string[]) => new TextEncoder().encode(lines.join('\n') + '\n');
const jsonl = (rows: readonly object[]) => encodeLines(rows.map((r) => JSON.stringify(r)));

/** Rows of a table in primary-key order, a page per read transaction. */
async function* pagesOf<T, K extends IndexableType, I>(
  table: Table<T, K, I>,
  size: number,
): AsyncGenerator<T[]> {
  const keyPath = table.schema.primKey.keyPath as string;
  let after: IndexableType | undefined;
  for (;;) {
    const page =
      after === undefined
        ? await table.orderBy(':id').limit(size).toArray()
        : await table.where(':id').above(after).limit(size).toArray();
    if (page.length === 0) return;
    yield page;
    if (page.length < size) return;
    after = (page[page.length - 1] as Record<string, IndexableType>)[keyPath];
  }
}

async function* tableRows(db: VivierDb, table: BackupTable, lastSeq: number | undefined) {
  if (table === 'meta') {
    for (const key of portableMetaKeys) {
      const row = await db.meta.get(key);
      if (row) yield row;
    }
    return;
  }
  for await (const page of pagesOf(db.table(table), pageRows)) {
    for (const row of page) {
      // entries appended during the backup are not part of it (and fail it, see above)
      if (table === 'auditLog' && readRow('auditLog', row).seq > (lastSeq ?? 0)) return;
      yield row;
    }
  }
}

/** Bytes to expect, for progress and ETA: attachments as they are, rows about 150 bytes each. */
async function estimate(db: VivierDb): Promise<number> {
  let bytes = 0;
  await db.attachments.each((a) => {
    bytes += readRow('attachments', a).size;
  });
  for (const table of backupTables) {
    if (table !== 'meta') bytes += (await db.table(table).count()) * 150;
  }
  return bytes;
}
