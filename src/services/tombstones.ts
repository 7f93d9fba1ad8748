import { tombstoneRow, type Tombstone } from '../domain/tombstone';
import { identifierKeys, saltedKey, type PersonIdentifiers } from '../domain/tombstone-keys';
import type { VivierDb } from '../db/database';
import { getMeta } from '../db/meta';
import { parseRows } from '../db/rows';
import { sha256Hex } from '../lib/sha256';

/** The installation salt: without it no tombstone can be written or recognised. */
export async function installSalt(db: VivierDb): Promise<string> {
  const salt = await getMeta(db, 'installSalt');
  if (salt === undefined) throw new Error('installation salt missing: register a user first');
  return salt;
}

/**
 * Salted SHA-256 of each identifier key. WebCrypto is not an IndexedDB request, so this runs
 * before a transaction opens, never inside one.
 */
export async function hashIdentifierKeys(salt: string, keys: readonly string[]): Promise<string[]> {
  return Promise.all(keys.map((k) => sha256Hex(saltedKey(salt, k))));
}

/** The tombstones that match any of these identifiers (import and restore ask before writing). */
export async function findTombstones(
  db: VivierDb,
  identifiers: PersonIdentifiers,
): Promise<Tombstone[]> {
  const keys = identifierKeys(identifiers);
  if (keys.length === 0) return [];
  const hashes = await hashIdentifierKeys(await installSalt(db), keys);
  const rows = await db.tombstones.where('identifierHashes').anyOf(hashes).distinct().toArray();
  return parseRows(tombstoneRow, 'tombstones', rows);
}

/** Whether a person with any of these ids, emails or phones was erased here. */
export async function isTombstoned(db: VivierDb, identifiers: PersonIdentifiers): Promise<boolean> {
  return (await findTombstones(db, identifiers)).length > 0;
}
