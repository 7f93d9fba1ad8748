import { candidateInput, candidateRow, type Candidate } from '../domain/candidate';
import type { PersonType } from '../domain/common';
import { contactInput, contactRow, type Contact } from '../domain/contact';
import { refereeInput, refereeRow, type Referee } from '../domain/referee';
import { assertNever } from '../domain/assert-never';
import type { VivierDb } from '../db/database';
import { parseRow } from '../db/rows';

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
