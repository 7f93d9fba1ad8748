import type { z } from 'zod';
import { applicationRow } from '../application';
import { archiveRow } from '../archive';
import { attachmentRow } from '../attachment';
import { auditEntryRow } from '../audit';
import { candidateRow } from '../candidate';
import { consentRow } from '../consent';
import { contactRow } from '../contact';
import { disclosureRow, notificationTaskRow } from '../disclosure';
import { holdRow } from '../hold';
import { missionRow } from '../mission';
import { organisationRow } from '../organisation';
import { refereeRow } from '../referee';
import { rightsRequestRow } from '../rights-request';
import { settingsRow } from '../settings';
import { tombstoneRow } from '../tombstone';
import { userRow } from '../user';

/**
 * Every record kind the laptops share, the table it lives in locally and the schema its body
 * passes. The `meta` table (this installation's facts: salt, checkpoint, backup folder) is
 * never replicated.
 *
 * `order` says which version of one record is its base when versions are concurrent:
 * `last-writer` for records people edit; `first-writer` for append-only entries (a disclosure,
 * an audit entry, a tombstone), which are written once and never rewritten, so the original
 * stays the evidence (GDPR Art. 5(2), Art. 30).
 */
export const replicatedKinds = [
  'user',
  'candidate',
  'referee',
  'organisation',
  'contact',
  'mission',
  'application',
  'consent',
  'disclosure',
  'notification-task',
  'rights-request',
  'hold',
  'tombstone',
  'archive',
  'attachment',
  'settings',
  'audit',
] as const;
export type ReplicatedKind = (typeof replicatedKinds)[number];

export type KindSpec = {
  table: string;
  schema: z.ZodType<Record<string, unknown>>;
  order: 'last-writer' | 'first-writer';
  /** The row's key field: `seq` for the audit log, `id` for every other table. */
  key: 'id' | 'seq';
};

const spec = (
  table: string,
  schema: z.ZodType,
  order: KindSpec['order'] = 'last-writer',
  key: KindSpec['key'] = 'id',
): KindSpec => ({ table, schema: schema as z.ZodType<Record<string, unknown>>, order, key });

export const kindSpecs: Record<ReplicatedKind, KindSpec> = {
  user: spec('users', userRow),
  candidate: spec('candidates', candidateRow),
  referee: spec('referees', refereeRow),
  organisation: spec('organisations', organisationRow),
  contact: spec('contacts', contactRow),
  mission: spec('missions', missionRow),
  application: spec('applications', applicationRow),
  consent: spec('consents', consentRow),
  disclosure: spec('disclosures', disclosureRow, 'first-writer'),
  'notification-task': spec('notificationTasks', notificationTaskRow),
  'rights-request': spec('rightsRequests', rightsRequestRow),
  hold: spec('holds', holdRow),
  tombstone: spec('tombstones', tombstoneRow, 'first-writer'),
  archive: spec('archive', archiveRow),
  // the file itself travels as a CouchDB attachment of the document, not in its body
  attachment: spec('attachments', attachmentRow.omit({ blob: true })),
  settings: spec('settings', settingsRow),
  audit: spec('auditLog', auditEntryRow, 'first-writer', 'seq'),
};

export function kindOfTable(table: string): ReplicatedKind | undefined {
  return replicatedKinds.find((k) => kindSpecs[k].table === table);
}

/** People (data subjects) carry the Art. 18 restriction and Art. 21 objection flags. */
export const flaggedKinds: ReadonlySet<ReplicatedKind> = new Set([
  'candidate',
  'referee',
  'contact',
]);
export const processingFlags = ['restricted', 'objected'] as const;
export type ProcessingFlagName = (typeof processingFlags)[number];
