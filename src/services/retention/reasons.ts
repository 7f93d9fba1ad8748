/**
 * Every reason a retention use-case can refuse with, beyond the shared ones (services/core). Each
 * code has its `reason.<code>` text, proved by the compiler (components/failure-text.ts).
 */
export const retentionReasons = ['hold-already-lifted'] as const;
export type RetentionReason = (typeof retentionReasons)[number];
/** A failure of this capability: a code outside the list does not compile. */
export type RetentionRefusal<R extends RetentionReason> = { reason: R };
