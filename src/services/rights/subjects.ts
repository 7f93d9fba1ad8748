import { candidateInput, candidateRow, type Candidate } from '../../domain/candidate';
import type { PersonType } from '../../domain/common';
import { contactInput, contactRow, type Contact } from '../../domain/contact';
import { refereeInput, refereeRow, type Referee } from '../../domain/referee';
import { assertNever } from '../../domain/assert-never';
import type { VivierDb } from '../../db/database';
import { parseRow, parseRows } from '../../db/rows';
import { searchPrefix } from '../../domain/person-keys';

/** A data subject as the rights desk sees it: one of the three kinds of person. */
export type Subject =
  | { type: 'candidate'; row: Candidate }
  | { type: 'referee'; row: Referee }
  | { type: 'contact'; row: Contact };

export async function readSubject(
  db: VivierDb,
  type: PersonType,
  id: string,
): Promise<Subject | undefined> {
  switch (type) {
    case 'candidate': {
      const row = await db.candidates.get(id);
      return row && { type, row: parseRow(candidateRow, 'candidates', row) };
    }
    case 'referee': {
      const row = await db.referees.get(id);
      return row && { type, row: parseRow(refereeRow, 'referees', row) };
    }
    case 'contact': {
      const row = await db.contacts.get(id);
      return row && { type, row: parseRow(contactRow, 'contacts', row) };
    }
    default:
      return assertNever(type);
  }
}

export function subjectTable(db: VivierDb, type: PersonType) {
  switch (type) {
    case 'candidate':
      return db.candidates;
    case 'referee':
      return db.referees;
    case 'contact':
      return db.contacts;
    default:
      return assertNever(type);
  }
}

/** Names of the fields a rectification may name, per kind of person (top-level input fields). */
export function rectifiableFields(type: PersonType): readonly string[] {
  switch (type) {
    case 'candidate':
      return Object.keys(candidateInput.shape);
    case 'referee':
      return Object.keys(refereeInput.shape).filter((f) => f !== 'candidateId');
    case 'contact':
      return Object.keys(contactInput.shape).filter((f) => f !== 'organisationId');
    default:
      return assertNever(type);
  }
}

export type PersonMatch = { type: PersonType; id: string; name: string; detail: string };

/**
 * People whose name, email or phone starts with the query, across candidates, referees and
 * client contacts, for choosing who a request is about. Restricted people are included: the
 * rights desk must find them. Answered from the search-token indexes, a few of each kind.
 */
export async function findPeople(db: VivierDb, query: string, limit = 8): Promise<PersonMatch[]> {
  const prefix = searchPrefix(query);
  if (prefix.length < 2) return [];
  const byPrefix = (table: VivierDb['candidates'] | VivierDb['referees'] | VivierDb['contacts']) =>
    table.where('searchTokens').startsWith(prefix).distinct().limit(limit).toArray();
  const [candidates, referees, contacts] = await Promise.all([
    byPrefix(db.candidates),
    byPrefix(db.referees),
    byPrefix(db.contacts),
  ]);
  const out: PersonMatch[] = [
    ...parseRows(candidateRow, 'candidates', candidates).map((c) => ({
      type: 'candidate' as const,
      id: c.id,
      name: `${c.identity.firstName} ${c.identity.lastName}`,
      detail: c.contact.emails[0] ?? c.contact.phones[0] ?? '',
    })),
    ...parseRows(refereeRow, 'referees', referees).map((r) => ({
      type: 'referee' as const,
      id: r.id,
      name: `${r.firstName} ${r.lastName}`,
      detail: r.email ?? r.phone ?? '',
    })),
    ...parseRows(contactRow, 'contacts', contacts).map((c) => ({
      type: 'contact' as const,
      id: c.id,
      name: `${c.firstName} ${c.lastName}`,
      detail: c.emails[0] ?? c.jobTitle,
    })),
  ];
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** A person's display name, or undefined once they are gone (erased). */
export async function subjectName(
  db: VivierDb,
  type: PersonType,
  id: string,
): Promise<string | undefined> {
  const s = await readSubject(db, type, id);
  if (!s) return undefined;
  return s.type === 'candidate'
    ? `${s.row.identity.firstName} ${s.row.identity.lastName}`
    : `${s.row.firstName} ${s.row.lastName}`;
}
