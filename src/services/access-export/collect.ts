import { applicationRow, type Application } from '../../domain/application';
import { attachmentRow, type Attachment } from '../../domain/attachment';
import { auditEntryRow, type AuditEntry } from '../../domain/audit';
import { candidateRow } from '../../domain/candidate';
import type { PersonType } from '../../domain/common';
import { consentRow, type Consent } from '../../domain/consent';
import { contactRow } from '../../domain/contact';
import { disclosureRow, type Disclosure } from '../../domain/disclosure';
import { holdRow, type Hold } from '../../domain/hold';
import { missionRow, type Mission } from '../../domain/mission';
import { organisationRow, type Organisation } from '../../domain/organisation';
import { refereeRow, type Referee } from '../../domain/referee';
import { rightsRequestRow, type RightsRequest } from '../../domain/rights-request';
import type { Settings } from '../../domain/settings';
import { lookupWords, type KnownPerson } from '../../domain/third-party-mask';
import type { VivierDb } from '../../db/database';
import { parseRows } from '../../db/rows';
import { readSettings } from '../../db/settings-repo';
import { readSubject, type Subject } from '../rights';

/** Everything Vivier holds about one person, read in one transaction. */
export type PersonSnapshot = {
  subject: Subject;
  settings: Settings;
  employer: Organisation | null;
  /** A candidate's referees (their contact details are never exported). */
  referees: Referee[];
  applications: Application[];
  consents: Consent[];
  disclosures: Disclosure[];
  missions: ReadonlyMap<string, Mission>;
  organisations: ReadonlyMap<string, Organisation>;
  processors: Organisation[];
  attachments: Attachment[];
  requests: RightsRequest[];
  holds: Hold[];
  history: AuditEntry[];
  /** Other people whose names may appear in the free texts (Art. 15(4) masking). */
  others: KnownPerson[];
};

/** The tables `collectPerson` reads (and the audit log, which transactWithAudit adds). */
export const snapshotTables = (db: VivierDb) => [
  db.candidates,
  db.referees,
  db.contacts,
  db.organisations,
  db.missions,
  db.applications,
  db.consents,
  db.disclosures,
  db.attachments,
  db.rightsRequests,
  db.holds,
  db.settings,
];

const present = <T>(rows: (T | undefined)[]): T[] => rows.filter((r): r is T => r !== undefined);

/** Every string inside some rows: the words to look up for names of other people. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object' && !(value instanceof Blob))
    for (const v of Object.values(value)) strings(v, out);
  return out;
}

async function attachmentsOf(db: VivierDb, owners: [string, string][]): Promise<Attachment[]> {
  if (owners.length === 0) return [];
  const rows = await db.attachments.where('[ownerType+ownerId]').anyOf(owners).toArray();
  return parseRows(attachmentRow, 'attachments', rows).sort((a, b) =>
    a.addedAt.localeCompare(b.addedAt),
  );
}

/**
 * Reads the person and every record that is theirs. Must run inside a transaction over
 * `snapshotTables`, so the export is one consistent state.
 */
export async function collectPerson(
  db: VivierDb,
  type: PersonType,
  id: string,
): Promise<PersonSnapshot | undefined> {
  const subject = await readSubject(db, type, id);
  if (!subject) return undefined;
  const isCandidate = type === 'candidate';
  const byCandidate = <T>(table: {
    where(i: string): { equals(k: string): { toArray(): Promise<T[]> } };
  }) =>
    isCandidate ? table.where('candidateId').equals(id).toArray() : Promise.resolve([] as T[]);

  const referees = parseRows(refereeRow, 'referees', await byCandidate(db.referees));
  const applications = parseRows(
    applicationRow,
    'applications',
    await byCandidate(db.applications),
  );
  const consents = parseRows(consentRow, 'consents', await byCandidate(db.consents));
  const disclosures = parseRows(disclosureRow, 'disclosures', await byCandidate(db.disclosures));
  const requests = parseRows(
    rightsRequestRow,
    'rightsRequests',
    await db.rightsRequests
      .where('subjectId')
      .equals(id)
      .filter((r) => r.subjectType === type)
      .sortBy('receivedOn'),
  );
  const holds = parseRows(
    holdRow,
    'holds',
    await db.holds
      .where('personId')
      .equals(id)
      .filter((h) => h.personType === type)
      .sortBy('startsOn'),
  );
  const history = parseRows(
    auditEntryRow,
    'auditLog',
    await db.auditLog.where('[entity+id]').equals([type, id]).sortBy('seq'),
  );

  const missionIds = new Set(
    [...applications, ...consents, ...disclosures].flatMap((r) => r.missionId ?? []),
  );
  const missions = parseRows(
    missionRow,
    'missions',
    present(await db.missions.bulkGet([...missionIds])),
  );
  const orgIds = new Set([
    ...missions.map((m) => m.clientId),
    ...consents.map((c) => c.recipientId),
    ...disclosures.map((x) => x.recipientId),
    ...(subject.type === 'contact' ? [subject.row.organisationId] : []),
  ]);
  const organisations = parseRows(
    organisationRow,
    'organisations',
    present(await db.organisations.bulkGet([...orgIds])),
  );
  const processors = parseRows(
    organisationRow,
    'organisations',
    await db.organisations
      .where('[kind+sortName]')
      .between(['recipient', ''], ['recipient', '\uffff'])
      .toArray(),
  );
  const attachments = await attachmentsOf(db, [
    [type, id],
    ...consents.map((c): [string, string] => ['consent', c.id]),
    ...requests.map((r): [string, string] => ['request', r.id]),
  ]);

  const words = lookupWords(strings([subject.row, referees, applications, consents, requests]));
  const known = new Set([`${type}:${id}`, ...referees.map((r) => `referee:${r.id}`)]);
  const others: KnownPerson[] = [];
  if (words.length > 0) {
    const found = [
      ...parseRows(
        candidateRow,
        'candidates',
        await db.candidates.where('searchTokens').anyOf(words).distinct().toArray(),
      ).map((c) => ({ key: `candidate:${c.id}`, p: { ...c.identity, ...c.contact } })),
      ...parseRows(
        refereeRow,
        'referees',
        await db.referees.where('searchTokens').anyOf(words).distinct().toArray(),
      ).map((r) => ({
        key: `referee:${r.id}`,
        p: { firstName: r.firstName, lastName: r.lastName },
      })),
      ...parseRows(
        contactRow,
        'contacts',
        await db.contacts.where('searchTokens').anyOf(words).distinct().toArray(),
      ).map((c) => ({ key: `contact:${c.id}`, p: c })),
    ];
    for (const { key, p } of found) if (!known.has(key)) others.push(p);
  }

  return {
    subject,
    settings: await readSettings(db),
    employer:
      subject.type === 'contact'
        ? (organisations.find((o) => o.id === subject.row.organisationId) ?? null)
        : null,
    referees,
    applications: applications.sort((a, b) => a.receivedOn.localeCompare(b.receivedOn)),
    consents: consents.sort((a, b) => a.givenOn.localeCompare(b.givenOn)),
    disclosures: disclosures.sort((a, b) => a.at.localeCompare(b.at)),
    missions: new Map(missions.map((m) => [m.id, m])),
    organisations: new Map(organisations.map((o) => [o.id, o])),
    processors,
    attachments,
    requests,
    holds,
    history,
    others,
  };
}
