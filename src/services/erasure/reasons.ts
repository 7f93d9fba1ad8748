/**
 * Every reason erasure can refuse with, beyond the shared ones (services/core). Each code has its
 * `reason.<code>` text, proved by the compiler (components/failure-text.ts).
 */
export const erasureReasons = ['not-archivable'] as const;
export type ErasureReason = (typeof erasureReasons)[number];
/** A failure of this capability: a code outside the list does not compile. */
export type ErasureRefusal<R extends ErasureReason> = { reason: R };
