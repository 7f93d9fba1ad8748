import type { ServiceContext } from './context';

/**
 * CALL POINT FOR ART. 19 (Consent and disclosure issue). Called inside the transaction of every
 * rectification of a person, with the names of the top-level fields that changed. The consent
 * branch replaces the body with "add a notification task for every recipient who received this
 * person's data"; until then it does nothing.
 */
export async function personRectified(
  _ctx: ServiceContext,
  _person: { personType: 'candidate' | 'referee' | 'contact'; id: string },
  _fields: readonly string[],
): Promise<void> {}

/** Tables the Art. 19 step reads and writes: every caller's transaction includes them. */
export const rectificationTables = (ctx: ServiceContext) => [
  ctx.db.disclosures,
  ctx.db.notificationTasks,
];
