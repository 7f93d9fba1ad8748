import { readMaybe, readRows } from '../../db/rows';
import { Dexie } from 'dexie';
import { applicationRow } from '../../domain/application';
import { candidateRow } from '../../domain/candidate';
import { toIsoDate, type PersonType } from '../../domain/common';
import { consentRow } from '../../domain/consent';
import { contactRow } from '../../domain/contact';
import { refereeRow } from '../../domain/referee';
import { assertNever } from '../../domain/assert-never';
import {
  candidateRetention,
  contactRetention,
  refereeRetention,
  type RetentionDate,
} from '../../domain/retention';
import type { RetentionRules } from '../../domain/settings';
import type { VivierDb } from '../../db/database';
import { parseRow, parseRows } from '../../db/rows';
import { readSettings } from '../../db/settings-repo';
import type { ServiceContext } from '../core';

/**
 * The stored, indexed deletion date of each person, kept true by recomputing it in the same
 * transaction as any event that moves it (a new application, a status change, a renewed consent,
 * a contact's last contact). Callers include `retentionTables(db)` in their transaction.
 */
export const retentionTables = (db: VivierDb) => [
  db.candidates,
  db.referees,
  db.contacts,
  db.applications,
  db.consents,
  db.settings,
];

async function candidateDate(
  db: VivierDb,
  id: string,
  rules: RetentionRules,
): Promise<RetentionDate | null> {
  const [row, applicationRows, consentRows] = await Promise.all([
    db.candidates.get(id),
    db.applications.where('candidateId').equals(id).toArray(),
    db.consents.where('candidateId').equals(id).toArray(),
  ]);
  if (row === undefined) return null;
  const candidate = parseRow(candidateRow, 'candidates', row);
  const applications = parseRows(applicationRow, 'applications', applicationRows);
  const consents = parseRows(consentRow, 'consents', consentRows);
  return candidateRetention({ collectedOn: candidate.collectedOn, applications, consents }, rules);
}

/** A person's deletion date and why, by the rules given (the saved ones by default). */
export async function computeRetention(
  db: VivierDb,
  personType: PersonType,
  id: string,
  rules?: RetentionRules,
): Promise<RetentionDate | null> {
  const r = rules ?? (await readSettings(db)).retention;
  switch (personType) {
    case 'candidate':
      return candidateDate(db, id, r);
    case 'contact': {
      const row = await db.contacts.get(id);
      return row === undefined ? null : contactRetention(parseRow(contactRow, 'contacts', row), r);
    }
    case 'referee': {
      const row = await db.referees.get(id);
      if (row === undefined) return null;
      const referee = parseRow(refereeRow, 'referees', row);
      return refereeRetention(
        await candidateDate(db, referee.candidateId, r),
        toIsoDate(new Date(referee.createdAt)),
        r,
      );
    }
    default:
      return assertNever(personType);
  }
}

/**
 * What record, consent and disclosure services call inside their transaction (which includes
 * `retentionTables(db)`) after an event that may move a person's deletion date: an application
 * received or moved, a submission, a renewed consent with data review, a contact's last
 * contact, a new person.
 */
export async function personDatesChanged(
  ctx: ServiceContext,
  personType: PersonType,
  ids: readonly string[],
): Promise<void> {
  for (const id of ids) await refreshDeleteOn(ctx, personType, id);
}

export type DeleteOnChange = {
  personType: PersonType;
  id: string;
  from: string | null;
  to: string;
};

/**
 * Recomputes and stores a person's deleteOn. Must run inside the caller's open read-write
 * transaction (which includes `retentionTables(db)`), so that the event and its consequence on
 * the date commit together. A candidate's referees follow the candidate. Returns what moved.
 */
export async function refreshDeleteOn(
  ctx: ServiceContext,
  personType: PersonType,
  id: string,
): Promise<DeleteOnChange[]> {
  if (!Dexie.currentTransaction)
    throw new Error('refreshDeleteOn must run inside the transaction of the event');
  const { db } = ctx;
  const rules = (await readSettings(db)).retention;
  const date = await computeRetention(db, personType, id, rules);
  if (date === null) return [];
  const changes: DeleteOnChange[] = [];
  const table = { candidate: db.candidates, contact: db.contacts, referee: db.referees }[
    personType
  ];
  const stored = await table.get(id);
  const current =
    personType === 'candidate'
      ? readMaybe('candidates', stored)
      : personType === 'contact'
        ? readMaybe('contacts', stored)
        : readMaybe('referees', stored);
  if (current && current.deleteOn !== date.deleteOn) {
    await table.update(id, { deleteOn: date.deleteOn });
    changes.push({ personType, id, from: current.deleteOn, to: date.deleteOn });
  }
  if (personType === 'candidate') {
    const referees = readRows(
      'referees',
      await db.referees.where('candidateId').equals(id).toArray(),
    );
    for (const referee of referees) {
      const to = refereeRetention(date, toIsoDate(new Date(referee.createdAt)), rules).deleteOn;
      if (referee.deleteOn !== to) {
        await db.referees.update(referee.id, { deleteOn: to });
        changes.push({ personType: 'referee', id: referee.id, from: referee.deleteOn, to });
      }
    }
  }
  return changes;
}
