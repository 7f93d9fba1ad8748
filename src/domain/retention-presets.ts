import { policyRetention, type RetentionRules } from './settings';

export type PresetName = Exclude<RetentionRules['preset'], 'custom'>;
export const presetNames: readonly PresetName[] = ['policy', 'cnil', 'germany'];

/** The periods a preset sets; the firm's own choices (archive, warning days) are kept. */
type PresetPeriods = Omit<RetentionRules, 'archiveMonths' | 'archiveSubmittedOrHired' | 'warnDays'>;

const periodsOf = (r: RetentionRules): PresetPeriods => ({
  preset: r.preset,
  generalApplicationMonths: r.generalApplicationMonths,
  positionApplicationMonths: r.positionApplicationMonths,
  submittedMonths: r.submittedMonths,
  hiredMonths: r.hiredMonths,
  renewedConsentMonths: r.renewedConsentMonths,
  rejectedMonths: r.rejectedMonths,
  blockAfterRejection: r.blockAfterRejection,
  poolLastContactMonths: r.poolLastContactMonths,
  contactMonths: r.contactMonths,
});

/**
 * The three rule sets one click away (SPEC §1 "Presets"):
 * - policy: the privacy policy of January 2020 (P7): general application 3 months; position,
 *   submission, hire 3 years; client contacts 3 years after last contact.
 * - cnil: the CNIL recruitment guide: the pool is kept 2 years from the last contact.
 * - germany: the German practice (AGG § 15(4) claim window): 6 months after a rejection, the
 *   candidate blocked meanwhile; otherwise the policy's periods.
 */
export const presets: Readonly<Record<PresetName, PresetPeriods>> = {
  policy: periodsOf(policyRetention),
  cnil: {
    preset: 'cnil',
    generalApplicationMonths: 24,
    positionApplicationMonths: 24,
    submittedMonths: 24,
    hiredMonths: 24,
    renewedConsentMonths: 24,
    rejectedMonths: null,
    blockAfterRejection: false,
    poolLastContactMonths: 24,
    contactMonths: 36,
  },
  germany: {
    ...periodsOf(policyRetention),
    preset: 'germany',
    rejectedMonths: 6,
    blockAfterRejection: true,
  },
};

/** The rules with a preset's periods, keeping the archive and warning settings. */
export function applyPreset(rules: RetentionRules, name: PresetName): RetentionRules {
  return { ...rules, ...presets[name] };
}

const periodKeys = Object.keys(periodsOf(policyRetention)).filter(
  (k) => k !== 'preset',
) as (keyof PresetPeriods)[];

/** Which preset the periods equal, or 'custom' once any period differs from every preset. */
export function detectPreset(rules: RetentionRules): RetentionRules['preset'] {
  const found = presetNames.find((n) => periodKeys.every((k) => presets[n][k] === rules[k]));
  return found ?? 'custom';
}
