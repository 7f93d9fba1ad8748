import { z } from 'zod';

/**
 * Shared field types. Every message is a code (see ValidationCode) that the UI translates in
 * one place (i18n/validation), so the domain stays free of language.
 */
export const validationCodes = [
  'required',
  'invalid-date',
  'invalid-datetime',
  'invalid-email',
  'invalid-url',
  'invalid-phone',
  'invalid-country',
  'invalid-choice',
  'too-long',
  'date-in-future',
  'date-order',
  'script-required',
  'categories-required',
  'informed-before-test',
  'submit-through-disclosure',
  'invalid',
] as const;
export type ValidationCode = (typeof validationCodes)[number];

export const id = z.string({ error: 'required' }).min(1, { error: 'required' }).max(64);

const isValidIsoDate = (s: string): boolean => {
  const [y, m, d] = s.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  return date.getUTCFullYear() === y && date.getUTCMonth() + 1 === m && date.getUTCDate() === d;
};

/** A calendar date, `YYYY-MM-DD`: sorts as text, so it is indexable. */
export const isoDate = z
  .string({ error: 'invalid-date' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalid-date', abort: true })
  .refine(isValidIsoDate, { error: 'invalid-date' });
export type IsoDate = z.infer<typeof isoDate>;

/** An instant, ISO 8601 in UTC with milliseconds, as `Date.prototype.toISOString` writes it. */
export const isoDateTime = z.iso.datetime({ error: 'invalid-datetime' });

export const text = (max = 500) =>
  z.string({ error: 'required' }).trim().max(max, { error: 'too-long' });
export const requiredText = (max = 200) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: 'too-long' });
export const longText = (max = 20_000) => text(max);

export const email = z
  .string({ error: 'invalid-email' })
  .trim()
  .max(254, { error: 'too-long' })
  .pipe(z.email({ error: 'invalid-email' }));

export const phone = z
  .string({ error: 'invalid-phone' })
  .trim()
  .regex(/^\+?[0-9 ().\-/]{6,24}$/, { error: 'invalid-phone' });

export const httpUrl = z
  .string({ error: 'invalid-url' })
  .trim()
  .max(2000, { error: 'too-long' })
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'invalid-url' }));

export const countryCode = z
  .string({ error: 'invalid-country' })
  .regex(/^[A-Z]{2}$/, { error: 'invalid-country' });

export const languageCode = z.enum(['fr', 'en', 'de'], { error: 'invalid-choice' });
export type LanguageCode = z.infer<typeof languageCode>;

/** The categories of personal data named by the policy (P2). */
export const dataCategories = [
  'identity',
  'contact',
  'qualifications',
  'references',
  'experience',
  'profile-links',
  'psychometrics',
  'interviews',
] as const;
export const dataCategory = z.enum(dataCategories, { error: 'invalid-choice' });
export type DataCategory = z.infer<typeof dataCategory>;

/** Who a person record is: the three kinds of data subject. */
export const personTypes = ['candidate', 'referee', 'contact'] as const;
export const personType = z.enum(personTypes, { error: 'invalid-choice' });
export type PersonType = z.infer<typeof personType>;

/** A date-only view of an instant, in UTC: the domain's calendar. */
export const toIsoDate = (instant: Date): IsoDate => instant.toISOString().slice(0, 10);

export type FieldIssue = { path: string; code: ValidationCode };

const knownCodes = new Set<string>(validationCodes);

/** Flattens a zod error into field-level issues with our codes. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: knownCodes.has(issue.message)
      ? (issue.message as ValidationCode)
      : issue.code === 'invalid_value'
        ? 'invalid-choice'
        : 'invalid',
  }));
}
