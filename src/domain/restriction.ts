/**
 * GDPR Art. 18(2): while a person's processing is restricted, their data is only stored. Every
 * other processing waits until the restriction is lifted, for a candidate, a client contact and
 * a referee alike; giving the person their own data (Art. 15) stays open.
 */
export const processingsForbiddenByRestriction = [
  'edit',
  'disclosure',
  'export',
  'marketing',
] as const;
export type RestrictedProcessing = (typeof processingsForbiddenByRestriction)[number];

export type MaybeRestricted = { readonly restricted: { readonly since: string } | null };

/** Whether this person's restriction forbids the processing (all four while it lasts). */
export const restrictionForbids = (person: MaybeRestricted, _processing: RestrictedProcessing) =>
  person.restricted !== null;
