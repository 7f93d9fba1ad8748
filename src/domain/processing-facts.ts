import type { DataCategory } from './common';
import type { RetentionRules } from './settings';

/**
 * The facts of the firm's processing, as codes shared by the access export (Art. 15) and the
 * record of processing (Art. 30). They follow the privacy policy's own lists (January 2020);
 * their words live in i18n/catalogues/rights-facts.ts.
 */

export const candidatePurposes = [
  'find-position',
  'job-offers',
  'present-to-clients',
  'job-seeking-advice',
  'client-obligations',
  'career-development',
  'client-insights',
] as const;
export const refereePurposes = ['reference-check'] as const;
export const contactPurposes = [
  'service-delivery',
  'work-reports',
  'marketing-news',
  'work-trends',
  'feedback',
] as const;
export const exportPurposes = [...candidatePurposes, ...refereePurposes, ...contactPurposes];
export type ExportPurpose = (typeof exportPurposes)[number];

export const contactCategories = [
  'identity',
  'business-contact',
  'job-title',
  'organisation',
] as const;
export type ExportCategory = DataCategory | (typeof contactCategories)[number];

export const recipientCategories = [
  'clients-with-consent',
  'partner-firms',
  'firm-partners',
  'admin-staff',
  'application-provider',
  'candidates-invited',
  'service-providers',
] as const;
export type RecipientCategory = (typeof recipientCategories)[number];

export const retentionRuleCodes = [
  'general-application',
  'position-application',
  'submitted',
  'hired',
  'renewed-consent',
  'rejected',
  'client-archive',
  'contact',
  'with-candidate',
] as const;
export type RetentionRuleCode = (typeof retentionRuleCodes)[number];

export function candidateRetention(
  r: RetentionRules,
): { rule: RetentionRuleCode; months: number | null }[] {
  return [
    { rule: 'general-application' as const, months: r.generalApplicationMonths },
    { rule: 'position-application' as const, months: r.positionApplicationMonths },
    { rule: 'submitted' as const, months: r.submittedMonths },
    { rule: 'hired' as const, months: r.hiredMonths },
    { rule: 'renewed-consent' as const, months: r.renewedConsentMonths },
    ...(r.rejectedMonths === null ? [] : [{ rule: 'rejected' as const, months: r.rejectedMonths }]),
    ...(r.archiveSubmittedOrHired
      ? [{ rule: 'client-archive' as const, months: r.archiveMonths }]
      : []),
  ];
}
