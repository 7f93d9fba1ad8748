import type { Attachment } from './attachment';
import { candidateCategoryFields } from './candidate';
import { dataCategories, type DataCategory } from './common';

/**
 * What a file reveals, whatever the user ticks: a CV carries the name, contact details,
 * qualifications and career; a test report the name and the results. The guard checks the
 * consent against the chosen categories plus these, and the register records them, so a file
 * can never carry a category past the consent. Other files are assumed to name the person.
 */
export const attachmentCategories: Record<Attachment['kind'], readonly DataCategory[]> = {
  cv: ['identity', 'contact', 'qualifications', 'experience'],
  'test-report': ['identity', 'psychometrics'],
  evidence: ['identity'],
  other: ['identity'],
};

/** The chosen categories plus what the chosen files reveal, in the policy's order (P2). */
export function disclosedCategories(
  chosen: readonly DataCategory[],
  files: readonly Pick<Attachment, 'kind'>[],
): DataCategory[] {
  const all = new Set<DataCategory>(chosen);
  for (const f of files) for (const c of attachmentCategories[f.kind]) all.add(c);
  return dataCategories.filter((c) => all.has(c));
}

/** The P2 category of a changed candidate field ('experience', 'identity.lastName', 'languages'). */
export function categoryOfField(field: string): DataCategory | null {
  const top = field.split('.')[0]!;
  if ((dataCategories as readonly string[]).includes(top)) return top as DataCategory;
  for (const c of dataCategories) if (candidateCategoryFields[c].includes(top)) return c;
  return null;
}
