import type { Candidate } from '../../domain/candidate';
import type { PersonType } from '../../domain/common';
import type { Contact } from '../../domain/contact';
import type { Referee } from '../../domain/referee';
import type { Tombstone } from '../../domain/tombstone';
import { personIdentifierKeys, saltedKey } from '../../domain/tombstone-keys';
import { createSha256 } from '../../lib/sha256-stream';

/**
 * Recognises erased people among a backup's records, with the erasure service's own identifier
 * keys (domain/tombstone-keys.ts) and hashes (services/erasure/tombstones.ts: SHA-256 of `salt:key`),
 * hashed synchronously here because a restore checks every person as the backup streams past.
 */
export type Person =
  | { type: 'candidate'; row: Candidate }
  | { type: 'referee'; row: Referee }
  | { type: 'contact'; row: Contact };

export const keysOf = (person: Person): string[] => personIdentifierKeys(person);

/** Equal to `hashIdentifierKeys` (WebCrypto) for the same salt and key. */
export function keyHash(salt: string, key: string): string {
  const h = createSha256();
  h.update(new TextEncoder().encode(saltedKey(salt, key)));
  return h.hex();
}

export type TombstoneOrigin = 'backup' | 'laptop';
export type TombstoneHit = { erasedAt: string; origin: TombstoneOrigin };

/** Identifier hashes of every known tombstone, with the latest erasure of each. */
export class TombstoneIndex {
  private readonly byHash = new Map<string, TombstoneHit>();

  add(t: Pick<Tombstone, 'personType' | 'erasedAt' | 'identifierHashes'>, origin: TombstoneOrigin) {
    for (const h of t.identifierHashes) {
      const key = `${t.personType}:${h}`;
      const known = this.byHash.get(key);
      if (!known || known.erasedAt < t.erasedAt)
        this.byHash.set(key, { erasedAt: t.erasedAt, origin });
    }
  }

  /**
   * The erasure that covers this record: one of its identifiers was erased after the record was
   * made. A record made after the erasure (the person came back and was collected anew) stays.
   */
  match(person: Person, salts: readonly string[]): TombstoneHit | null {
    return this.matchKeys(person.type, keysOf(person), person.row.createdAt, salts);
  }

  /** The same for any record known by these identifier keys, made at `madeAt`. */
  matchKeys(
    type: PersonType,
    keys: readonly string[],
    madeAt: string,
    salts: readonly string[],
  ): TombstoneHit | null {
    for (const key of keys) {
      for (const salt of salts) {
        const hit = this.byHash.get(`${type}:${keyHash(salt, key)}`);
        if (hit && hit.erasedAt > madeAt) return hit;
      }
    }
    return null;
  }
}
