import { z } from 'zod';
import { isoDateTime } from '../../domain/common';

/**
 * The backup format, version 1 (FORMAT.md says the same for people). A zip, encrypted with age:
 *   tables/<table>/000001.jsonl   the rows of a table, one JSON object per line, deflated
 *   attachments/<id>             an attachment's bytes, stored (after its metadata chunk)
 *   manifest.json                versions, who and when, counts, SHA-256 of every entry
 *   SHA256SUMS                   the same hashes (and the manifest's) for `sha256sum -c`
 */
export const backupFormat = 'vivier-backup';
export const backupFormatVersion = 1;

/**
 * Every table, in the order written and read. A restore decides as it reads: tombstones and
 * holds come before the people they concern, people before their applications, consents and
 * attachments.
 */
export const backupTables = [
  'meta',
  'settings',
  'users',
  'tombstones',
  'holds',
  'candidates',
  'referees',
  'contacts',
  'organisations',
  'missions',
  'applications',
  'consents',
  'disclosures',
  'notificationTasks',
  'rightsRequests',
  'archive',
  'attachments',
  'auditLog',
] as const;
export type BackupTable = (typeof backupTables)[number];

/** Installation facts that travel with the data (the salt of the tombstone hashes). */
export const portableMetaKeys = ['installSalt', 'formerSalts'] as const;

export const manifestName = 'manifest.json';
export const sumsName = 'SHA256SUMS';

/** Rows per JSON Lines chunk, and bytes: small enough to restore in bounded memory. */
export const chunkRows = 1000;
export const chunkBytes = 4 * 1024 * 1024;

export const chunkName = (table: BackupTable, index: number): string =>
  `tables/${table}/${String(index).padStart(6, '0')}.jsonl`;

/** An attachment id as an entry name: percent-encoded, dots too, so no id can make a path. */
export const attachmentEntryName = (id: string): string =>
  `attachments/${encodeURIComponent(id).replace(/\./g, '%2E')}`;

const chunkPattern = /^tables\/([A-Za-z]+)\/(\d{6})\.jsonl$/;

export type EntryKind =
  | { kind: 'chunk'; table: BackupTable; index: number }
  | { kind: 'attachment'; id: string }
  | { kind: 'manifest' }
  | { kind: 'sums' }
  | { kind: 'unknown' };

export function classifyEntry(name: string): EntryKind {
  if (name === manifestName) return { kind: 'manifest' };
  if (name === sumsName) return { kind: 'sums' };
  const m = chunkPattern.exec(name);
  if (m && (backupTables as readonly string[]).includes(m[1]!)) {
    return { kind: 'chunk', table: m[1] as BackupTable, index: Number(m[2]) };
  }
  if (name.startsWith('attachments/')) {
    try {
      return { kind: 'attachment', id: decodeURIComponent(name.slice('attachments/'.length)) };
    } catch {
      return { kind: 'unknown' };
    }
  }
  return { kind: 'unknown' };
}

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** Read first, so a file from a newer Vivier is named as such before anything else is parsed. */
export const manifestHead = z.object({
  format: z.string(),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
});

export const manifestSchema = z.object({
  format: z.literal(backupFormat),
  formatVersion: z.literal(backupFormatVersion),
  /** The database schema version (db/schema-versions.ts) the rows follow. */
  schemaVersion: z.number().int().min(1),
  appVersion: z.string().max(50),
  createdAt: isoDateTime,
  /** User id of who made the backup. */
  createdBy: z.string().max(64),
  /** Rows per table. */
  counts: z.record(z.enum(backupTables), z.number().int().min(0)),
  /** Bytes of all attachments. */
  attachmentBytes: z.number().int().min(0),
  /** The newest audit entry: anchors the chain, so a cut-off tail is noticed. */
  lastAudit: z.object({ seq: z.number().int().min(1), hash: sha256 }).nullable(),
  /** Every entry but the manifest and SHA256SUMS, in archive order. */
  entries: z.array(z.object({ name: z.string().min(1), size: z.number().int().min(0), sha256 })),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** `sha256sum -c SHA256SUMS` on the file server checks every entry and the manifest. */
export function sumsText(manifest: Manifest, manifestSha256: string): string {
  return [...manifest.entries, { name: manifestName, sha256: manifestSha256 }]
    .map((e) => `${e.sha256}  ${e.name}\n`)
    .join('');
}

/** `vivier-backup-2026-03-12-093000.zip.age` (UTC), so names sort by time. */
export function backupFileName(now: Date): string {
  const iso = now.toISOString();
  return `vivier-backup-${iso.slice(0, 10)}-${iso.slice(11, 19).replace(/:/g, '')}.zip.age`;
}

export const backupFilePattern = /^vivier-backup-\d{4}-\d{2}-\d{2}-\d{6}\.zip\.age$/;
