import { z } from 'zod';
import { applicationRow } from '../../domain/application';
import { archiveRow } from '../../domain/archive';
import { attachmentRow } from '../../domain/attachment';
import { auditEntryRow } from '../../domain/audit';
import { candidateRow } from '../../domain/candidate';
import { consentRow } from '../../domain/consent';
import { contactRow } from '../../domain/contact';
import { disclosureRow, notificationTaskRow } from '../../domain/disclosure';
import { holdRow } from '../../domain/hold';
import { missionRow } from '../../domain/mission';
import { organisationRow } from '../../domain/organisation';
import { refereeRow } from '../../domain/referee';
import { rightsRequestRow } from '../../domain/rights-request';
import { settingsRow } from '../../domain/settings';
import { tombstoneRow } from '../../domain/tombstone';
import { userRow } from '../../domain/user';
import type { BackupTable } from './format';

const salt = z.string().regex(/^[0-9a-f]{64}$/);

/** The meta rows a backup carries: only what is not specific to one laptop. */
export const portableMetaRow = z.discriminatedUnion('key', [
  z.object({ key: z.literal('installSalt'), value: salt }),
  z.object({ key: z.literal('formerSalts'), value: z.array(salt) }),
]);

/** An attachment's row in JSON Lines: everything but the bytes, which are their own entry. */
export const attachmentMetaRow = attachmentRow.omit({ blob: true });
export type AttachmentMeta = z.infer<typeof attachmentMetaRow>;

/** The schema each table's rows must pass, in a backup as in the database. */
export const recordSchemas = {
  meta: portableMetaRow,
  settings: settingsRow,
  users: userRow,
  tombstones: tombstoneRow,
  holds: holdRow,
  candidates: candidateRow,
  referees: refereeRow,
  contacts: contactRow,
  organisations: organisationRow,
  missions: missionRow,
  applications: applicationRow,
  consents: consentRow,
  disclosures: disclosureRow,
  notificationTasks: notificationTaskRow,
  rightsRequests: rightsRequestRow,
  archive: archiveRow,
  attachments: attachmentMetaRow,
  auditLog: auditEntryRow,
} satisfies Record<BackupTable, z.ZodType>;

export type BackupRecord<T extends BackupTable> = z.output<(typeof recordSchemas)[T]>;
