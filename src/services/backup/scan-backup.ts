import { auditHashInput, genesisHash, type ChainBreak } from '../../domain/audit';
import { err, ok, type Result } from '../../domain/result';
import { currentSchemaVersion } from '../../db/schema-versions';
import { openAge, type AgeReader, type AgeSecret } from '../../lib/age';
import { textLines } from '../../lib/lines';
import { blobSource } from '../../lib/random-access';
import { createSha256, sha256TextHex, toHex } from '../../lib/sha256-stream';
import { sha256Hex } from '../../lib/sha256';
import { maxAttachmentBytes } from '../../domain/attachment-rules';
import { openZip, type ZipEntry, type ZipReader } from '../../lib/zip-reader';
import { sha256 } from '@noble/hashes/sha2.js';
import {
  backupFormat,
  backupFormatVersion,
  backupTables,
  classifyEntry,
  manifestHead,
  manifestName,
  manifestSchema,
  sumsName,
  sumsText,
  type BackupTable,
  type Manifest,
} from './format';
import { asReadFailure, readFail, type BackupReadFailure } from './read-failure';
import type { AttachmentMeta, BackupRecord } from './record-schemas';
import { restoreRecord } from './restore-record';

export type BackupSecret = AgeSecret;

export type AnyRecord = { [T in BackupTable]: { table: T; row: BackupRecord<T> } }[BackupTable];

/** What a pass over a backup does with each record, in table order. */
export type ScanVisitor = {
  record?(rec: AnyRecord): void | Promise<void>;
  /** Whether to keep an attachment's bytes (a restore does for the ones it keeps). */
  wantsBytes?(meta: AttachmentMeta): boolean;
  /** An attachment whose bytes matched its metadata (and, if wanted, the bytes themselves). */
  attachment?(meta: AttachmentMeta, blob: Blob | null): void | Promise<void>;
  /** After each entry: how many of how many (awaited, outside any transaction). */
  progress?(done: number, total: number): void | Promise<void>;
};

export type AuditChainStatus =
  { intact: true; count: number } | { intact: false; count: number; firstBreak: ChainBreak };

export type ScanReport = {
  manifest: Manifest;
  /** Hash of manifest.json: tells two reads of the same backup apart from a changed file. */
  manifestSha256: string;
  auditChain: AuditChainStatus;
  /** Size of the encrypted file. */
  bytes: number;
};

const maxManifest = 64 * 1024 * 1024;
/** A record is small (a candidate with every note is a few MB at most). */
const maxLine = 64 * 1024 * 1024;

/** A backup whose key opened its header: passes over it need not derive the key again (scrypt). */
export type OpenedBackup = { readonly plain: AgeReader; readonly bytes: number };

export async function openBackup(
  source: Blob,
  secret: BackupSecret,
): Promise<Result<OpenedBackup, BackupReadFailure>> {
  try {
    return ok({ plain: await openAge(blobSource(source), secret), bytes: source.size });
  } catch (e) {
    const failure = asReadFailure(e);
    if (failure === null) throw e;
    return err(failure);
  }
}

/**
 * Decrypts, unzips and checks a backup in one streaming pass: the manifest first (it is at the
 * end of the zip, read through the central directory), then every entry in order, each hashed as
 * it streams and compared with the manifest, each record migrated and validated. Memory holds one
 * record, one attachment and the list of attachments awaiting their bytes.
 */
export async function scanBackup(
  opened: OpenedBackup,
  visitor: ScanVisitor = {},
  signal?: AbortSignal,
): Promise<Result<ScanReport, BackupReadFailure>> {
  try {
    return ok(await scan(opened, visitor, signal));
  } catch (e) {
    const failure = asReadFailure(e);
    if (failure === null) throw e;
    return err(failure);
  }
}

async function scan(
  opened: OpenedBackup,
  visitor: ScanVisitor,
  signal: AbortSignal | undefined,
): Promise<ScanReport> {
  const zip = await openZip(opened.plain);
  const { manifest, manifestSha256 } = await readManifest(zip);
  const files = zip.entries.filter((e) => !e.directory);

  const listed = files.filter((e) => e.name !== manifestName && e.name !== sumsName);
  if (
    listed.length !== manifest.entries.length ||
    listed.some(
      (e, i) => e.name !== manifest.entries[i]!.name || e.size !== manifest.entries[i]!.size,
    )
  ) {
    readFail({ reason: 'manifest-mismatch', entry: 'entries' });
  }
  const sums = files.find((e) => e.name === sumsName);
  if (!sums) return readFail({ reason: 'manifest-mismatch', entry: sumsName });
  const sumsRead = new TextDecoder().decode(await zip.readAll(sums, maxManifest));
  if (sumsRead !== sumsText(manifest, manifestSha256)) {
    readFail({ reason: 'checksum-mismatch', entry: sumsName });
  }

  const counts = new Map<BackupTable, number>();
  const pending = new Map<string, AttachmentMeta>();
  const chain = auditChecker();
  let tableAt = -1;
  let chunkAt = 0;

  for (const [i, entry] of listed.entries()) {
    if (signal?.aborted) readFail({ reason: 'cancelled' });
    const expected = manifest.entries[i]!.sha256;
    const kind = classifyEntry(entry.name);
    switch (kind.kind) {
      case 'chunk': {
        const at = backupTables.indexOf(kind.table);
        if (at < tableAt) readFail({ reason: 'corrupt-archive', entry: entry.name });
        if (at > tableAt) [tableAt, chunkAt] = [at, 0];
        if (kind.index !== chunkAt + 1) readFail({ reason: 'corrupt-archive', entry: entry.name });
        chunkAt = kind.index;
        await readChunk(zip, entry, expected, kind.table, manifest.schemaVersion, async (row) => {
          const n = counts.get(kind.table) ?? 0;
          counts.set(kind.table, n + 1);
          const rec = { table: kind.table, row } as AnyRecord;
          if (rec.table === 'attachments') {
            if (pending.has(rec.row.id))
              readFail({ reason: 'corrupt-archive', table: 'attachments', row: n });
            pending.set(rec.row.id, rec.row);
          }
          if (rec.table === 'auditLog') chain.add(rec.row);
          await visitor.record?.(rec);
        });
        break;
      }
      case 'attachment': {
        const meta = pending.get(kind.id);
        if (!meta) return readFail({ reason: 'manifest-mismatch', entry: entry.name });
        pending.delete(kind.id);
        if (entry.size !== meta.size || meta.size > maxAttachmentBytes)
          readFail({ reason: 'checksum-mismatch', entry: entry.name });
        // Whole (the record says how big, at most 20 MiB) and hashed natively, like the backup.
        const bytes = await entryBytes(zip, entry, meta.size);
        const hash = bytes === null ? null : await sha256Hex(bytes);
        if (hash !== expected) readFail({ reason: 'checksum-mismatch', entry: entry.name });
        if (hash !== meta.sha256) readFail({ reason: 'checksum-mismatch', entry: entry.name });
        const keep = visitor.wantsBytes?.(meta) ?? false;
        await visitor.attachment?.(
          meta,
          keep && bytes !== null ? new Blob([bytes], { type: meta.type }) : null,
        );
        break;
      }
      case 'manifest':
      case 'sums':
      case 'unknown':
        readFail({ reason: 'manifest-mismatch', entry: entry.name });
    }
    await visitor.progress?.(i + 1, listed.length);
  }

  if (pending.size > 0) readFail({ reason: 'manifest-mismatch', entry: 'attachments' });
  for (const table of backupTables) {
    if ((counts.get(table) ?? 0) !== (manifest.counts[table] ?? 0)) {
      readFail({ reason: 'manifest-mismatch', table });
    }
  }
  const last = chain.last();
  if (
    (last === null) !== (manifest.lastAudit === null) ||
    (last && (last.seq !== manifest.lastAudit?.seq || last.hash !== manifest.lastAudit.hash))
  ) {
    readFail({ reason: 'manifest-mismatch', table: 'auditLog' });
  }
  return { manifest, manifestSha256, auditChain: chain.status(), bytes: opened.bytes };
}

async function readManifest(zip: ZipReader) {
  const entry = zip.entries.find((e) => e.name === manifestName);
  if (!entry) return readFail({ reason: 'not-a-backup' });
  const bytes = await zip.readAll(entry, maxManifest);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return readFail({ reason: 'not-a-backup' });
  }
  const head = manifestHead.safeParse(json);
  if (!head.success || head.data.format !== backupFormat)
    return readFail({ reason: 'not-a-backup' });
  if (
    head.data.formatVersion > backupFormatVersion ||
    head.data.schemaVersion > currentSchemaVersion
  ) {
    return readFail({ reason: 'newer-format' });
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) return readFail({ reason: 'manifest-mismatch', entry: manifestName });
  return { manifest: parsed.data, manifestSha256: toHex(sha256(bytes)) };
}

/** An entry's bytes in one buffer, or null when it holds more than it should. */
async function entryBytes(
  zip: ZipReader,
  entry: ZipEntry,
  size: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const out = new Uint8Array(size);
  let at = 0;
  for await (const piece of zip.read(entry)) {
    if (at + piece.length > size) return null;
    out.set(piece, at);
    at += piece.length;
  }
  return at === size ? out : null;
}

async function readChunk(
  zip: ZipReader,
  entry: ZipEntry,
  expected: string,
  table: BackupTable,
  schemaVersion: number,
  onRow: (row: unknown) => Promise<void>,
) {
  const h = createSha256();
  async function* hashed() {
    for await (const piece of zip.read(entry)) {
      h.update(piece);
      yield piece;
    }
  }
  let line = 0;
  for await (const text of textLines(hashed(), maxLine)) {
    line += 1;
    if (text.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      readFail({ reason: 'invalid-record', table, entry: entry.name, row: line });
    }
    const restored = restoreRecord(table, raw, schemaVersion);
    if (!restored.ok) {
      readFail({
        reason: 'invalid-record',
        table,
        entry: entry.name,
        row: line,
        issues: restored.error,
      });
    } else {
      await onRow(restored.value);
    }
  }
  if (h.hex() !== expected) readFail({ reason: 'checksum-mismatch', entry: entry.name });
}

/** Follows the audit chain as its rows stream past (same rule as domain/audit verifyAuditChain). */
function auditChecker() {
  let prevHash = genesisHash;
  let expectedSeq = 1;
  let count = 0;
  let firstBreak: ChainBreak | null = null;
  let last: { seq: number; hash: string } | null = null;
  return {
    add(row: BackupRecord<'auditLog'>) {
      count += 1;
      last = { seq: row.seq, hash: row.hash };
      if (firstBreak) return;
      const { hash, ...rest } = row;
      if (row.seq !== expectedSeq) firstBreak = { seq: row.seq, reason: 'seq-gap' };
      else if (row.prevHash !== prevHash) firstBreak = { seq: row.seq, reason: 'prev-mismatch' };
      else if (sha256TextHex(auditHashInput(rest)) !== hash) {
        firstBreak = { seq: row.seq, reason: 'hash-mismatch' };
      }
      prevHash = hash;
      expectedSeq = row.seq + 1;
    },
    last: () => last,
    status: (): AuditChainStatus =>
      firstBreak ? { intact: false, count, firstBreak } : { intact: true, count },
  };
}
