import { z } from 'zod';
import type { VivierDb } from './database';
import { candidateSource } from '../domain/candidate';
import { languageCode } from '../domain/common';
import { sweepRecord } from '../domain/sweep-record';
import { deviceId, hlcText } from '../domain/sync/hlc';
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
  syncDevice: deviceId,
  syncCheckpoint: z.string().max(2000),
  /** The hybrid logical clock as last saved, so a restart never stamps below what it made. */
  syncClock: hlcText,
  /** Where this laptop syncs and as whom (never a password: the hub's session cookie is kept by the browser). */
  syncConnection: z.object({
    address: z.string().min(1).max(500),
    db: z.string().regex(/^[a-z][a-z0-9_$()+/-]{0,200}$/),
    name: z.string().min(1).max(200),
  }),
  /** When this laptop last finished a sync round with the hub (the 7-day rule before a disclosure). */
  syncLastAt: z.iso.datetime(),
  /** Fallback of the one-tab lock where Web Locks are missing: which tab holds it, until when. */
  syncLease: z.object({ holder: z.string().min(1).max(100), until: z.number() }),
  /**
   * The CSV import's value mapping: the Vivier value chosen for each spelling met in a file
   * (folded), so that the next file from the same spreadsheet is mapped at once.
   */
  importValueChoices: z.object({
    source: z.record(z.string().max(200), candidateSource),
    language: z.record(z.string().max(200), languageCode),
  }),
  /** Only in the demo firm's own database: written once the demo firm is complete. */
  demoComplete: z.literal(true),
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

/**
 * What the disclosure guard needs to know of team sync: on a laptop connected to the office,
 * the day it last synced (null: never); nothing on a laptop that works alone.
 */
export async function syncFreshness(
  db: VivierDb,
): Promise<{ sync?: { lastSyncedOn: string | null } }> {
  if ((await getMeta(db, 'syncConnection')) === undefined) return {};
  const at = await getMeta(db, 'syncLastAt');
  return { sync: { lastSyncedOn: at === undefined ? null : at.slice(0, 10) } };
}
