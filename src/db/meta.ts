import { z } from 'zod';
import type { VivierDb } from './database';
import { sweepRecord } from '../domain/sweep-record';
import { parseRow } from './rows';

/** Installation facts kept in the meta table, each with its schema (rows read are validated). */
const metaSchemas = {
  currentUserId: z.string().min(1),
  /** Per-installation salt for tombstone hashes and disclosure pseudonyms (hex). */
  installSalt: z.string().regex(/^[0-9a-f]{64}$/),
  /** The last retention sweep (retention screen). */
  lastSweep: sweepRecord,
  /**
   * Salts of tombstones made elsewhere (a restore from another laptop keeps this laptop's
   * tombstones): matching an erased person tries the install salt and these.
   */
  formerSalts: z.array(z.string().regex(/^[0-9a-f]{64}$/)),
  /** The last backup that was written and then read back whole (home dashboard). */
  lastVerifiedBackup: z.object({
    at: z.iso.datetime(),
    fileName: z.string().max(200),
    bytes: z.number().int().min(0),
  }),
  /** The backup folder chosen with the File System Access API (a handle, kept by the browser). */
  backupFolder: z.custom<FileSystemDirectoryHandle>(
    (v) => typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'directory',
  ),
  /** Team sync: this laptop's random device id (hex), and the hub's changes feed checkpoint. */
  syncDevice: z.string().regex(/^[0-9a-f]{8,64}$/),
  syncCheckpoint: z.string().max(2000),
  /**
   * Present while candidates written before schema version 4 still lack their longer search
   * prefixes (db/backfills.ts): the last candidate id done, and how many so far. Gone when done.
   */
  searchPrefixBackfill: z.object({
    after: z.string().nullable(),
    done: z.number().int().min(0),
  }),
} as const;
export type MetaValues = { [K in keyof typeof metaSchemas]: z.infer<(typeof metaSchemas)[K]> };

// Indexing the map with a generic key widens to a union of schemas; each key has its own.
const schemaOf = <K extends keyof MetaValues>(key: K) =>
  metaSchemas[key] as unknown as z.ZodType<MetaValues[K]>;

export async function getMeta<K extends keyof MetaValues>(
  db: VivierDb,
  key: K,
): Promise<MetaValues[K] | undefined> {
  const row = await db.meta.get(key);
  return row === undefined ? undefined : parseRow(schemaOf(key), 'meta', row.value);
}

export async function setMeta<K extends keyof MetaValues>(
  db: VivierDb,
  key: K,
  value: MetaValues[K],
): Promise<void> {
  await db.meta.put({ key, value: schemaOf(key).parse(value) });
}
