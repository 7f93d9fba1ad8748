import { dataCategories, type DataCategory, type IsoDate } from './common';
import { isInEea, type Organisation } from './organisation';
import {
  candidatePurposes,
  candidateRetention,
  contactCategories,
  contactPurposes,
  refereePurposes,
  type ExportCategory,
  type ExportPurpose,
  type RecipientCategory,
  type RetentionRuleCode,
} from './processing-facts';
import type { ControllerDetails, Settings } from './settings';

/**
 * The firm's record of processing activities (Art. 30(1)), generated from the settings and the
 * data rather than written by hand, so it cannot drift from what Vivier does: the retention
 * periods are the ones the sweep applies, the recipients are the organisations on record, the
 * security measures are the ones the backup settings enable. Codes only; the words are in
 * i18n/catalogues/rights-art30.ts.
 */

export const legalBases = ['consent', 'pre-contract', 'contract', 'legitimate-interests'] as const;
export type LegalBasis = (typeof legalBases)[number];

export const subjectCategories = ['candidates', 'referees', 'client-contacts'] as const;
export type SubjectCategory = (typeof subjectCategories)[number];

export const securityMeasures = [
  'local-storage',
  'no-network',
  'backup-office-key',
  'backup-passphrase',
  'backup-frequency',
  'audit-trail',
  'disclosure-guard',
  'retention-engine',
  'erasure-tombstones',
  'access-export-masking',
] as const;
export type SecurityMeasure = (typeof securityMeasures)[number];

export type Art30Activity = {
  id: 'recruitment' | 'client-relations';
  purposes: ExportPurpose[];
  legalBases: LegalBasis[];
  subjects: { category: SubjectCategory; count: number }[];
  dataCategories: ExportCategory[];
  recipientCategories: RecipientCategory[];
  retention: { rule: RetentionRuleCode; months: number | null }[];
};

export type Art30Recipient = {
  id: string;
  name: string;
  kind: Organisation['kind'];
  role: Organisation['role'];
  country: string;
  inEea: boolean;
  safeguard: string | null;
};

export type Art30Register = {
  generatedOn: IsoDate;
  controller: ControllerDetails;
  activities: Art30Activity[];
  /** Processors and internal recipients (organisations of kind 'recipient'), and partner firms. */
  recipients: Art30Recipient[];
  /** Art. 30(1)(e): recipients outside the EU/EEA, with their safeguard. */
  transfers: Art30Recipient[];
  /** Transfers outside the EU/EEA with no recorded safeguard: the register must show them. */
  unsafeTransfers: Art30Recipient[];
  security: { measure: SecurityMeasure; value: number | null }[];
};

export type Art30Input = {
  settings: Settings;
  /** Organisations of kind 'recipient' or 'partner' (clients are named per person, not here). */
  organisations: readonly Organisation[];
  counts: { candidates: number; referees: number; contacts: number };
  today: IsoDate;
};

const candidateData: DataCategory[] = [...dataCategories];

export function art30Register(input: Art30Input): Art30Register {
  const { settings, counts } = input;
  const recipients = input.organisations
    .filter((o) => o.kind === 'recipient' || o.kind === 'partner')
    .map((o): Art30Recipient => ({
      id: o.id,
      name: o.name,
      kind: o.kind,
      role: o.role,
      country: o.country,
      inEea: isInEea(o.country),
      safeguard: o.transferSafeguard,
    }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  const transfers = recipients.filter((r) => !r.inEea);
  const backups = settings.backup;
  return {
    generatedOn: input.today,
    controller: settings.controller,
    activities: [
      {
        id: 'recruitment',
        purposes: [...candidatePurposes, ...refereePurposes],
        // consent for every disclosure to a client (P3), steps at the person's request for an
        // application, legitimate interests for keeping the pool within the retention periods
        legalBases: ['consent', 'pre-contract', 'legitimate-interests'],
        subjects: [
          { category: 'candidates', count: counts.candidates },
          { category: 'referees', count: counts.referees },
        ],
        dataCategories: candidateData,
        recipientCategories: [
          'clients-with-consent',
          'partner-firms',
          'firm-partners',
          'admin-staff',
          'application-provider',
        ],
        retention: [
          ...candidateRetention(settings.retention),
          { rule: 'with-candidate', months: null },
        ],
      },
      {
        id: 'client-relations',
        purposes: [...contactPurposes],
        legalBases: ['contract', 'legitimate-interests'],
        subjects: [{ category: 'client-contacts', count: counts.contacts }],
        dataCategories: [...contactCategories],
        recipientCategories: ['candidates-invited', 'service-providers'],
        retention: [{ rule: 'contact', months: settings.retention.contactMonths }],
      },
    ],
    recipients,
    transfers: transfers.filter((r) => r.safeguard !== null && r.safeguard.trim() !== ''),
    unsafeTransfers: transfers.filter((r) => r.safeguard === null || r.safeguard.trim() === ''),
    security: [
      { measure: 'local-storage', value: null },
      { measure: 'no-network', value: null },
      backups.recipients.length > 0
        ? { measure: 'backup-office-key', value: backups.recipients.length }
        : { measure: 'backup-passphrase', value: null },
      { measure: 'backup-frequency', value: backups.maxAgeDays },
      { measure: 'audit-trail', value: null },
      { measure: 'disclosure-guard', value: null },
      { measure: 'retention-engine', value: settings.retention.warnDays },
      { measure: 'erasure-tombstones', value: null },
      { measure: 'access-export-masking', value: null },
    ],
  };
}
