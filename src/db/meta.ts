import { z } from 'zod';
import type { VivierDb } from './database';
import { parseRow } from './rows';

/** Installation facts kept in the meta table, each with its schema (rows read are validated). */
const metaSchemas = {
  currentUserId: z.string().min(1),
  /** Per-installation salt for tombstone hashes and disclosure pseudonyms (hex). */
  installSalt: z.string().regex(/^[0-9a-f]{64}$/),
  /**
   * Salts of tombstones made elsewhere (a restore from another laptop keeps this laptop's
   * tombstones): matching an erased person tries the install salt and these.
   */
  formerSalts: z.array(z.string().regex(/^[0-9a-f]{64}$/)),
} as const;
export type MetaValues = { [K in keyof typeof metaSchemas]: z.infer<(typeof metaSchemas)[K]> };

export async function getMeta<K extends keyof MetaValues>(
  db: VivierDb,
  key: K,
): Promise<MetaValues[K] | undefined> {
  const row = await db.meta.get(key);
  // the schema of key K parses to MetaValues[K]; TypeScript cannot follow the indexed union
  return row === undefined
    ? undefined
    : (parseRow(metaSchemas[key], 'meta', row.value) as MetaValues[K]);
}

export async function setMeta<K extends keyof MetaValues>(
  db: VivierDb,
  key: K,
  value: MetaValues[K],
): Promise<void> {
  await db.meta.put({ key, value: metaSchemas[key].parse(value) });
}
