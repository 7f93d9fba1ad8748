/**
 * Every reason a rights request's use-case can refuse with, beyond the shared ones (services/core):
 * each has its `reason.<code>` text, proved by the compiler (components/failure-text.ts).
 */
export const rightsReasons = [
  'request-closed',
  'wrong-request-type',
  'no-person',
  'effect-required',
  'ground-not-applicable',
  'not-restricted',
  'erasure-failed',
  'extension-refused',
] as const;
export type RightsReason = (typeof rightsReasons)[number];
/** A failure of this capability: a code outside the list does not compile. */
export type RightsRefusal<R extends RightsReason> = { reason: R };
