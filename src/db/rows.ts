import type { z } from 'zod';
import { applicationRow } from '../domain/application';
import { archiveRow } from '../domain/archive';
import { attachmentRow } from '../domain/attachment';
import { auditEntryRow } from '../domain/audit';
import { candidateRow } from '../domain/candidate';
import { consentRow } from '../domain/consent';
import { contactRow } from '../domain/contact';
import { disclosureRow, notificationTaskRow } from '../domain/disclosure';
import { holdRow } from '../domain/hold';
import { missionRow } from '../domain/mission';
import { organisationRow } from '../domain/organisation';
import { refereeRow } from '../domain/referee';
import { rightsRequestRow } from '../domain/rights-request';
import { settingsRow } from '../domain/settings';
import { tombstoneRow } from '../domain/tombstone';
import { userRow } from '../domain/user';

/** A row read from IndexedDB that fails its schema: data corruption, never expected. */
export class CorruptRowError extends Error {
  constructor(
    readonly table: string,
    readonly key: unknown,
    readonly issues: readonly z.core.$ZodIssue[],
  ) {
    super(`Row ${String(key)} of ${table} does not match its schema`);
    this.name = 'CorruptRowError';
  }
}

/** Every row read back is validated: what IndexedDB returns is outside input. */
export function parseRow<S extends z.ZodType>(schema: S, table: string, row: unknown): z.output<S> {
  const parsed = schema.safeParse(row);
  if (!parsed.success) {
    const key = (row as { id?: unknown; seq?: unknown; key?: unknown } | undefined) ?? {};
    throw new CorruptRowError(table, key.id ?? key.seq ?? key.key, parsed.error.issues);
  }
  return parsed.data;
}

export function parseRows<S extends z.ZodType>(
  schema: S,
  table: string,
  rows: readonly unknown[],
): z.output<S>[] {
  return rows.map((r) => parseRow(schema, table, r));
}

/** The schema every row of each table must pass when read. */
export const rowSchemas = {
  users: userRow,
  candidates: candidateRow,
  referees: refereeRow,
  organisations: organisationRow,
  contacts: contactRow,
  missions: missionRow,
  applications: applicationRow,
  consents: consentRow,
  disclosures: disclosureRow,
  notificationTasks: notificationTaskRow,
  rightsRequests: rightsRequestRow,
  holds: holdRow,
  tombstones: tombstoneRow,
  archive: archiveRow,
  attachments: attachmentRow,
  settings: settingsRow,
  auditLog: auditEntryRow,
} as const;
export type RowTable = keyof typeof rowSchemas;
export type RowOf<T extends RowTable> = z.output<(typeof rowSchemas)[T]>;

/**
 * The way from a stored row (typed `StoredRow`, none of its fields readable) to a domain value:
 * the table's schema checks it, and a row that fails is corruption (`CorruptRowError`).
 */
export const readRow = <T extends RowTable>(table: T, row: unknown): RowOf<T> =>
  parseRow(rowSchemas[table], table, row) as RowOf<T>;

export const readRows = <T extends RowTable>(table: T, rows: readonly unknown[]): RowOf<T>[] =>
  rows.map((r) => readRow(table, r));

/** A stored row that may be missing (a `get`), read the same way. */
export const readMaybe = <T extends RowTable>(table: T, row: unknown): RowOf<T> | undefined =>
  row === undefined ? undefined : readRow(table, row);
