import type { Candidate } from '../../domain/candidate';
import type { PersonType } from '../../domain/common';
import type { Contact } from '../../domain/contact';
import { fold, phoneDigits } from '../../domain/fold';
import type { Referee } from '../../domain/referee';
import type { Tombstone } from '../../domain/tombstone';
import { createSha256 } from '../../lib/sha256-stream';

/**
 * A minimal tombstone matcher for restore. The retention work (issue 5) owns how an erasure
 * writes tombstones; until its `isTombstoned` is on main this follows the tombstone schema's
 * description: SHA-256 of the install salt followed by the identifier, where identifiers are the
 * record id, each folded email and each phone's digits.
 */
export type Person =
  | { type: 'candidate'; row: Candidate }
  | { type: 'referee'; row: Referee }
  | { type: 'contact'; row: Contact };

export function identifiersOf(person: Person): string[] {
  const emails: string[] = [];
  const phones: string[] = [];
  switch (person.type) {
    case 'candidate':
      emails.push(...person.row.contact.emails);
      phones.push(...person.row.contact.phones);
      break;
    case 'referee':
      if (person.row.email) emails.push(person.row.email);
      if (person.row.phone) phones.push(person.row.phone);
      break;
    case 'contact':
      emails.push(...person.row.emails);
      phones.push(...person.row.phones);
      break;
  }
  return [
    person.row.id,
    ...emails.map(fold),
    ...phones.map(phoneDigits).filter((d) => d.length > 0),
  ];
}

export function identifierHash(salt: string, identifier: string): string {
  const h = createSha256();
  h.update(new TextEncoder().encode(salt + identifier));
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
    for (const id of identifiersOf(person)) {
      for (const salt of salts) {
        const hit = this.byHash.get(`${person.type}:${identifierHash(salt, id)}`);
        if (hit && hit.erasedAt > person.row.createdAt) return hit;
      }
    }
    return null;
  }
}

export const personTypeOfTable = {
  candidates: 'candidate',
  referees: 'referee',
  contacts: 'contact',
} as const satisfies Record<string, PersonType>;
