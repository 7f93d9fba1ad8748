import type { AccessExportData } from '../../domain/access-export';
import type { DataCategory } from '../../domain/common';
import type { RetentionRules } from '../../domain/settings';
import { assertNever } from '../../domain/assert-never';
import type { PersonSnapshot } from './collect';

/**
 * The Art. 15(1) facts of one person, as codes (texts in i18n/catalogues/rights-export.ts):
 * purposes (a), categories (b), recipients (c), retention (d), source (g), and that no
 * automated decision is made (h, P6). They follow the privacy policy's own lists.
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

function candidateRules(r: RetentionRules): { rule: RetentionRuleCode; months: number | null }[] {
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

export function personFacts(snap: PersonSnapshot): Pick<AccessExportData, 'retention' | 'facts'> {
  const rules = snap.settings.retention;
  const s = snap.subject;
  switch (s.type) {
    case 'candidate': {
      const c = s.row;
      const held: [DataCategory, boolean][] = [
        ['identity', true],
        [
          'contact',
          c.contact.emails.length + c.contact.phones.length + c.contact.addresses.length > 0,
        ],
        ['qualifications', c.qualifications.length + c.languages.length > 0],
        ['references', snap.referees.length > 0],
        ['experience', c.experience.length > 0],
        ['profile-links', c.profileLinks.length > 0],
        ['psychometrics', c.psychometrics.length > 0],
        ['interviews', c.interviewNotes.length > 0],
      ];
      return {
        retention: { deleteOn: c.deleteOn, rules: candidateRules(rules) },
        facts: {
          source: c.source,
          collectedOn: c.collectedOn,
          purposes: [...candidatePurposes],
          categories: held.filter(([, has]) => has).map(([cat]) => cat),
          recipientCategories: [
            'clients-with-consent',
            'partner-firms',
            'firm-partners',
            'admin-staff',
            'application-provider',
          ],
          automatedDecisionMaking: false,
        },
      };
    }
    case 'referee':
      return {
        retention: { deleteOn: s.row.deleteOn, rules: [{ rule: 'with-candidate', months: null }] },
        facts: {
          source: 'provided-by-candidate',
          collectedOn: s.row.createdAt.slice(0, 10),
          purposes: [...refereePurposes],
          categories: ['identity', 'contact', 'references'],
          recipientCategories: ['firm-partners', 'admin-staff'],
          automatedDecisionMaking: false,
        },
      };
    case 'contact':
      return {
        retention: {
          deleteOn: s.row.deleteOn,
          rules: [{ rule: 'contact', months: rules.contactMonths }],
        },
        facts: {
          source: 'business-relationship',
          collectedOn: s.row.createdAt.slice(0, 10),
          // Art. 21(3): after an objection, marketing is no longer a purpose for this person.
          purposes: contactPurposes.filter(
            (p) => !s.row.marketingOptOut || (p !== 'marketing-news' && p !== 'work-trends'),
          ),
          categories: [...contactCategories],
          recipientCategories: ['candidates-invited', 'service-providers'],
          automatedDecisionMaking: false,
        },
      };
    default:
      return assertNever(s);
  }
}
