import { z } from 'zod';
import type { dataCategory } from './common';
import {
  email,
  httpUrl,
  id,
  isoDate,
  isoDateTime,
  languageCode,
  longText,
  phone,
  requiredText,
  text,
} from './common';

/** Where the data came from (P1). The first three came from the candidate; the rest did not (Art. 14). */
export const candidateSources = [
  'email',
  'website',
  'job-ad-reply',
  'unsolicited',
  'phone-letter',
  'social-media',
  'direct-approach',
  'research-officer',
  'referral',
] as const;
export const candidateSource = z.enum(candidateSources, { error: 'invalid-choice' });
export type CandidateSource = z.infer<typeof candidateSource>;

/** Sources where the data was not obtained from the candidate: Art. 14 notice is owed. */
export const indirectSources: readonly CandidateSource[] = [
  'social-media',
  'direct-approach',
  'research-officer',
  'referral',
];

export const languageLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;

const qualification = z.object({
  title: requiredText(),
  institution: text(200).default(''),
  year: z.number().int().min(1900).max(2100).nullable().default(null),
});

const position = z
  .object({
    title: requiredText(),
    organisation: requiredText(),
    from: isoDate,
    to: isoDate.nullable().default(null),
    description: longText(5000).default(''),
  })
  .refine((p) => p.to === null || p.to >= p.from, { error: 'date-order', path: ['to'] });

const spokenLanguage = z.object({
  language: requiredText(40),
  level: z.enum(languageLevels, { error: 'invalid-choice' }),
});

const profileLink = z.object({
  kind: z.enum(['linkedin', 'xing', 'other'], { error: 'invalid-choice' }),
  url: httpUrl,
});

/** Code du travail L1221-8: the candidate is told of the method before the test. */
const psychometricResult = z
  .object({
    id,
    test: requiredText(),
    takenOn: isoDate,
    administeredBy: requiredText(),
    summary: longText(5000).default(''),
    informedOfMethodOn: isoDate,
    attachmentId: id.nullable().default(null),
  })
  .refine((r) => r.informedOfMethodOn <= r.takenOn, {
    error: 'informed-before-test',
    path: ['informedOfMethodOn'],
  });

const interviewNote = z.object({
  id,
  on: isoDate,
  author: requiredText(),
  text: longText(),
});

/** Art. 14: when, how and by whom the privacy notice was given. */
export const privacyNotice = z.object({
  givenOn: isoDate,
  channel: z.enum(['email', 'letter', 'phone', 'in-person'], { error: 'invalid-choice' }),
  givenBy: requiredText(),
});

/** What a recruiter types; each policy category (P2) is its own part. */
export const candidateInput = z.object({
  identity: z.object({
    firstName: requiredText(100),
    lastName: requiredText(100),
    language: languageCode.default('fr'),
  }),
  contact: z.object({
    emails: z.array(email).max(10).default([]),
    phones: z.array(phone).max(10).default([]),
    addresses: z.array(text(500)).max(5).default([]),
  }),
  qualifications: z.array(qualification).max(50).default([]),
  languages: z.array(spokenLanguage).max(20).default([]),
  experience: z.array(position).max(100).default([]),
  profileLinks: z.array(profileLink).max(20).default([]),
  psychometrics: z.array(psychometricResult).max(50).default([]),
  interviewNotes: z.array(interviewNote).max(500).default([]),
  /**
   * General remarks of the firm about the candidate (a spreadsheet's "Remarques" column). Part
   * of the interview-information category (P2); the Art. 9 reminder applies to it too. Rows
   * written before it existed read as empty.
   */
  notes: longText(5000).default(''),
  source: candidateSource,
  collectedOn: isoDate,
  notice: privacyNotice.nullable().default(null),
});
export type CandidateInput = z.infer<typeof candidateInput>;

/** A processing block (Art. 18 restriction or Art. 21 objection). */
export const processingFlag = z.object({ since: isoDate, requestId: id.nullable() });

/** The stored row: the input plus ids, stamps and fields derived for the indexes. */
export const candidateRow = candidateInput.extend({
  id,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Folded "last first", the list's sort key. */
  sortName: z.string(),
  /** Folded name words, emails and phone digits: the prefix-search index. */
  searchTokens: z.array(z.string()),
  /** Facet keys (source, application status, mission) with the sort key: see list-keys.ts. */
  listKeys: z.array(z.string()).default([]),
  /** Art. 14 notice due date, or null once given / not owed. */
  noticeDueOn: isoDate.nullable(),
  /** Computed deletion date (retention engine), or null while unknown. */
  deleteOn: isoDate.nullable(),
  restricted: processingFlag.nullable().default(null),
  objected: processingFlag.nullable().default(null),
});
export type Candidate = z.infer<typeof candidateRow>;

export const candidateCategoryFields: Record<z.infer<typeof dataCategory>, readonly string[]> = {
  identity: ['identity'],
  contact: ['contact'],
  qualifications: ['qualifications', 'languages'],
  references: [],
  experience: ['experience'],
  'profile-links': ['profileLinks'],
  psychometrics: ['psychometrics'],
  interviews: ['interviewNotes', 'notes'],
};
