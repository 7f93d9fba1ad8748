/**
 * Every reason a record's use-case can refuse with, beyond the shared ones (services/core: invalid,
 * not-found, changed-meanwhile, restricted, in-use). Each code has its `reason.<code>` text, proved
 * by the compiler (components/failure-text.ts).
 */
export const recordsReasons = ['already-applied', 'same-status', 'storage-full'] as const;
export type RecordsReason = (typeof recordsReasons)[number];
/** A failure of this capability: a code outside the list does not compile. */
export type RecordsRefusal<R extends RecordsReason> = { reason: R };
