import { tombstoneRow, type Tombstone } from '../../domain/tombstone';
import { identifierKeys, saltedKey, type PersonIdentifiers } from '../../domain/tombstone-keys';
import type { VivierDb } from '../../db/database';
import { getMeta } from '../../db/meta';
import { parseRows } from '../../db/rows';
import { sha256Hex } from '../../lib/sha256';

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

/**
 * For each person, the tombstone that matches one of their identifiers, or null: one salt read,
 * one index query for all of them (an import checks thousands of rows).
 */
export async function tombstonesOf(
  db: VivierDb,
  people: readonly PersonIdentifiers[],
): Promise<(Tombstone | null)[]> {
  const keys = people.map(identifierKeys);
  if (keys.every((k) => k.length === 0)) return people.map(() => null);
  const salt = await installSalt(db);
  const hashes = await Promise.all(keys.map((k) => hashIdentifierKeys(salt, k)));
  const rows = await db.tombstones
    .where('identifierHashes')
    .anyOf([...new Set(hashes.flat())])
    .distinct()
    .toArray();
  const byHash = new Map<string, Tombstone>();
  for (const t of parseRows(tombstoneRow, 'tombstones', rows))
    for (const h of t.identifierHashes) byHash.set(h, t);
  return hashes.map((hs) => hs.map((h) => byHash.get(h)).find((t) => t !== undefined) ?? null);
}
