/**
 * Every reason consents, disclosures and Art. 19 notifications can refuse with, beyond the shared
 * ones (services/core); why a disclosure is refused in detail is the guard's list
 * (domain/disclosure-guard.ts). Each code has its `reason.<code>` text, proved by the compiler
 * (components/failure-text.ts).
 */
export const disclosureReasons = [
  'consent-already-withdrawn',
  'application-closed',
  'refused',
  'task-already-done',
] as const;
export type DisclosureReason = (typeof disclosureReasons)[number];
/** A failure of this capability: a code outside the list does not compile. */
export type DisclosureRefusal<R extends DisclosureReason> = { reason: R };
