import type { AccessExportData } from '../../domain/access-export';
import type { DataCategory } from '../../domain/common';
import {
  candidatePurposes,
  candidateRetention,
  contactCategories,
  contactPurposes,
  refereePurposes,
} from '../../domain/processing-facts';
import { assertNever } from '../../domain/assert-never';
import type { PersonSnapshot } from './collect';

/**
 * The Art. 15(1) facts of one person, as codes (texts in i18n/catalogues/rights-facts.ts):
 * purposes (a), categories (b), recipients (c), retention (d), source (g), and that no
 * automated decision is made (h, P6). They follow the privacy policy's own lists.
 */

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
        ['interviews', c.interviewNotes.length > 0 || c.notes.trim() !== ''],
      ];
      return {
        retention: { deleteOn: c.deleteOn, rules: candidateRetention(rules) },
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
