import { z } from 'zod';
import { email, requiredText, text } from './common';

/** The controller (Art. 13(1)(a), Art. 30(1)(a)): named in the register, letters and exports. */
export const controllerDetails = z.object({
  name: requiredText(200),
  address: text(500),
  email,
  representative: text(200),
  registration: text(200),
});
export type ControllerDetails = z.infer<typeof controllerDetails>;

/** As the privacy policy names the firm. */
export const policyController: ControllerDetails = {
  name: 'IMS International Management Services SAS',
  address: '18, rue de la Barre, 95880 Enghien-les-Bains, France',
  email: 'info@ims-mgt.com',
  representative: 'Jan Ph. Caulier',
  registration: 'RCS Pontoise, SIREN 439 739 947',
};

const months = z
  .number({ error: 'invalid' })
  .int({ error: 'invalid' })
  .min(1, { error: 'invalid' })
  .max(240, { error: 'invalid' });

/** Retention periods, in months, by qualifying event (P7, P8, SPEC §3). */
export const retentionRules = z.object({
  preset: z.enum(['policy', 'cnil', 'germany', 'custom']),
  /** General application not aimed at a position (P7: 3 months). */
  generalApplicationMonths: months,
  /** Application for a specific position (P7: 3 years). */
  positionApplicationMonths: months,
  /** Candidate submitted to a client (P7: 3 years). */
  submittedMonths: months,
  /** Candidate hired (P7: 3 years). */
  hiredMonths: months,
  /** Renewed consent with data review (P10) counts from its date. */
  renewedConsentMonths: months,
  /**
   * Months after a rejection (German preset: 6); null: not a rule. When set, a rejected
   * application counts from its rejection only: its earlier events no longer extend the date.
   */
  rejectedMonths: months.nullable(),
  /** German preset: a rejected candidate is blocked (kept only for legal claims) meanwhile. */
  blockAfterRejection: z.boolean().default(false),
  /**
   * CNIL recruitment guide: the pool is kept this long after the last contact with the candidate
   * (any dated pipeline event or consent); null: not a rule (the policy counts only P7 events).
   */
  poolLastContactMonths: months.nullable().default(null),
  /** Client contacts, after last contact (policy silent; CNIL practice: 3 years). */
  contactMonths: months,
  /** Own period of the client archive (P8). */
  archiveMonths: months,
  /** At the deadline, move submitted or hired candidates to the client archive (P8). */
  archiveSubmittedOrHired: z.boolean(),
  /** Days ahead to warn in "expiring soon". */
  warnDays: z.number().int().min(1).max(180),
});
export type RetentionRules = z.infer<typeof retentionRules>;

export const policyRetention: RetentionRules = {
  preset: 'policy',
  generalApplicationMonths: 3,
  positionApplicationMonths: 36,
  submittedMonths: 36,
  hiredMonths: 36,
  renewedConsentMonths: 36,
  rejectedMonths: null,
  blockAfterRejection: false,
  poolLastContactMonths: null,
  contactMonths: 36,
  archiveMonths: 60,
  archiveSubmittedOrHired: true,
  warnDays: 14,
};

export const settingsRow = z.object({
  id: z.literal('settings'),
  controller: controllerDetails.default(policyController),
  retention: retentionRules,
  backup: z.object({
    /** Warn when the last verified backup is older than this. */
    maxAgeDays: z.number().int().min(1).max(365),
    /** Keep the last N backups in the folder. */
    keep: z.number().int().min(1).max(1000),
    /** Office public keys (age X25519 recipients); never a secret. */
    recipients: z.array(z.string().regex(/^age1[0-9a-z]{58}$/)),
  }),
});
export type Settings = z.infer<typeof settingsRow>;

export const defaultSettings: Settings = {
  id: 'settings',
  controller: policyController,
  retention: policyRetention,
  backup: { maxAgeDays: 7, keep: 10, recipients: [] },
};
