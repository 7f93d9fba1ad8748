import type { PersonType } from '../../domain/common';
import type { Disclosure, NotificationTask } from '../../domain/disclosure';
import type { RowOf, RowTable } from '../../db/rows';

/**
 * What a person leaves in the database, and what their erasure does to it (GDPR Art. 17, SPEC
 * §3: "nothing survives erasure: record, applications, notes, attachments, consents; disclosure
 * entries stay as pseudonymous evidence"). One entry per table; every reader follows it: the
 * erasure itself (steps.ts), a restore's preview and its replay (services/backup), and team
 * sync when it applies an erasure pulled from the office. A table of the database with no entry
 * fails `footprint.test.ts`: adding a table means deciding its erasure.
 */

/**
 * What a row can belong to: a person, or a row that is itself erased with its person and owns
 * further rows (a consent owns its evidence). The same words as an attachment's `ownerType`.
 */
export type Owner = PersonType | 'consent';

/** How a row is tied to what it belongs to. */
export type Link<T> =
  /** `field` holds the owner's id (indexed under the same name). */
  | { via: 'field'; field: keyof T & string; of: readonly Owner[] }
  /** The owner's kind and id, in two fields under one compound index. */
  | {
      via: 'owner';
      typeField: keyof T & string;
      idField: keyof T & string;
      index: string;
      of: readonly Owner[];
    };

export type Fate<T> =
  /** The row goes; `audit` names the entity of its audit entry (null: none of its own). */
  | { do: 'delete'; audit: string | null }
  /** The row stays as evidence without the person: `fields` are rewritten by `rewrite`. */
  | {
      do: 'pseudonymise';
      fields: readonly (keyof T & string)[];
      rewrite: (row: T) => T;
      audit: string | null;
    };

export type Belongs<T> = {
  link: Link<T>;
  fate: Fate<T>;
  /** The erased rows of this table own rows of later entries (a consent's evidence). */
  owns?: Owner;
};

/** A table that holds a kind of person: the row is the person, erased with a tombstone. */
export type PersonTable<T> = {
  person: PersonType;
  /** Another person whose erasure erases this one too, each with its own tombstone. */
  erasedWith?: { person: PersonType; field: keyof T & string };
};

/** A table erasure leaves alone, and why. */
export type Untouched = { kept: string };

export type FootprintEntry<T> = PersonTable<T> | Belongs<T> | Untouched;

/** A disclosure's file names often carry the person's name: only hash and size stay. */
export const anonymousFiles = (files: Disclosure['files']): Disclosure['files'] =>
  files.map((f, i) => ({
    ...f,
    name: `document-${i + 1}${/\.[a-z0-9]{1,8}$/i.exec(f.name)?.[0] ?? ''}`,
  }));

const people: readonly Owner[] = ['candidate', 'referee', 'contact'];

/**
 * In the order erasure applies and audits them (an owner before what it owns). Tables without
 * a schema of their own (`meta`, team sync's) are listed in `untouchedTables`.
 */
export const footprint: { readonly [K in RowTable]: FootprintEntry<RowOf<K>> } = {
  candidates: { person: 'candidate' },
  // A candidate's references are people too: erased with the candidate, tombstoned apart.
  referees: { person: 'referee', erasedWith: { person: 'candidate', field: 'candidateId' } },
  contacts: { person: 'contact' },
  consents: {
    link: { via: 'field', field: 'candidateId', of: ['candidate'] },
    fate: { do: 'delete', audit: 'consent' },
    owns: 'consent',
  },
  // CVs, test reports, references' letters and consent evidence.
  attachments: {
    link: {
      via: 'owner',
      typeField: 'ownerType',
      idField: 'ownerId',
      index: '[ownerType+ownerId]',
      of: [...people, 'consent'],
    },
    fate: { do: 'delete', audit: 'attachment' },
  },
  // Art. 5(2), Art. 19: what was sent to whom stays provable, under the pseudonym only.
  disclosures: {
    link: { via: 'field', field: 'candidateId', of: ['candidate'] },
    fate: {
      do: 'pseudonymise',
      fields: ['candidateId', 'files'],
      rewrite: (d: Disclosure): Disclosure => ({
        ...d,
        candidateId: null,
        files: anonymousFiles(d.files),
      }),
      audit: 'disclosure',
    },
  },
  applications: {
    link: { via: 'field', field: 'candidateId', of: ['candidate'] },
    fate: { do: 'delete', audit: 'application' },
  },
  // An Art. 19 to-do stays until done: the recipient must still be told, by disclosure id.
  notificationTasks: {
    link: { via: 'field', field: 'candidateId', of: ['candidate'] },
    fate: {
      do: 'pseudonymise',
      fields: ['candidateId'],
      rewrite: (t: NotificationTask): NotificationTask => ({ ...t, candidateId: null }),
      audit: null,
    },
  },
  holds: {
    link: { via: 'field', field: 'personId', of: people },
    fate: { do: 'delete', audit: null },
  },
  // A candidate's client archive entry (P8) shares the candidate's id.
  archive: {
    link: { via: 'field', field: 'id', of: ['candidate'] },
    fate: { do: 'delete', audit: null },
  },
  tombstones: { kept: 'salted hashes of identifiers: the proof of erasure, made by it' },
  rightsRequests: {
    kept: 'the request and its answer, kept to show it was answered (Art. 5(2), Art. 12)',
  },
  auditLog: { kept: 'ids and action names only, never personal data (append-only chain)' },
  organisations: { kept: 'organisations, not people (contacts are erased apart)' },
  missions: { kept: 'assignments of a client, not of a person' },
  settings: { kept: 'the firm’s settings' },
  users: { kept: 'the people using this laptop, not data subjects of the firm' },
};

/** Database tables with no record schema, which erasure leaves alone. */
export const untouchedTables: Readonly<Record<string, Untouched>> = {
  meta: { kept: 'installation facts: the salt of the tombstone hashes, the current user' },
  outbox: { kept: 'team sync: ids and stamps of changes, no field value of a person' },
  syncDocs: { kept: 'team sync: revisions and merge marks, no field value of a person' },
  syncQuarantine: { kept: 'team sync: ids and schema paths of refused documents' },
  peerAudit: { kept: 'team sync: other laptops’ audit entries (ids and actions only)' },
};

export const isPersonTable = <T>(e: FootprintEntry<T>): e is PersonTable<T> => 'person' in e;
export const isBelongs = <T>(e: FootprintEntry<T>): e is Belongs<T> => 'link' in e;

/** Any table's entry, for readers that go through every table (rows as plain records). */
type Row = Record<string, unknown>;
export const entryOf = (table: RowTable): FootprintEntry<Row> =>
  footprint[table] as unknown as FootprintEntry<Row>;

/** The entry of a table that belongs to a person, or null. */
export const belongsOf = (table: RowTable): Belongs<Row> | null => {
  const e = entryOf(table);
  return isBelongs(e) ? e : null;
};

/** The tables whose rows are people, by kind. */
export const personTables = Object.fromEntries(
  (Object.keys(footprint) as RowTable[]).flatMap((t) => {
    const e = entryOf(t);
    return isPersonTable(e) ? [[e.person, t]] : [];
  }),
) as Record<PersonType, 'candidates' | 'referees' | 'contacts'>;

/** The tables that belong to a person, in erasure order. */
export const belongingTables = (Object.keys(footprint) as RowTable[]).filter(
  (t) => belongsOf(t) !== null,
);

/** The people erased together with a person of this kind (a candidate's referees). */
export const erasedWithKinds = (
  type: PersonType,
): { table: RowTable; person: PersonType; field: string }[] =>
  (Object.keys(footprint) as RowTable[]).flatMap((t) => {
    const e = entryOf(t);
    return isPersonTable(e) && e.erasedWith?.person === type
      ? [{ table: t, person: e.person, field: e.erasedWith.field }]
      : [];
  });

/** The person whose erasure erases this row's person too (a referee's candidate), or null. */
export function erasedByOf(
  type: PersonType,
  row: Readonly<Record<string, unknown>>,
): { person: PersonType; id: string } | null {
  const link = (entryOf(personTables[type]) as PersonTable<Row>).erasedWith;
  const id = link === undefined ? undefined : row[link.field];
  return link !== undefined && typeof id === 'string' ? { person: link.person, id } : null;
}

/**
 * The owner keys (`kind:id`) a row of a belonging table is tied to, as written in the row.
 * Returns [] for a row tied to nothing (a disclosure already pseudonymised).
 */
export function ownersOfRow(entry: Belongs<Row>, row: Row): string[] {
  const link = entry.link;
  if (link.via === 'field') {
    const id = row[link.field];
    if (typeof id !== 'string') return [];
    return link.of.map((o) => `${o}:${id}`);
  }
  const type = row[link.typeField];
  const id = row[link.idField];
  if (typeof type !== 'string' || typeof id !== 'string') return [];
  return (link.of as readonly string[]).includes(type) ? [`${type}:${id}`] : [];
}

/**
 * Who protects a person from the retention sweep with a hold (SPEC §3): the person, the people
 * erased with them (a hold on a referee keeps the candidate's file), and the person they are
 * erased with (a hold on the candidate keeps their referees).
 */
export const protectingIds = (
  id: string,
  related: { erasedWith: readonly string[]; erasedBy: string | null },
): string[] => [
  id,
  ...related.erasedWith,
  ...(related.erasedBy === null ? [] : [related.erasedBy]),
];
