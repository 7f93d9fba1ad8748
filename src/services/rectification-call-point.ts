import type { AuditDraft } from '../domain/audit';
import { art19Tables, recordRectification } from './art19';
import type { ServiceContext } from './context';

/**
 * Art. 19, called inside the transaction of every rectification of a person with the names of
 * the top-level fields that changed. Only candidates are ever disclosed, so only their
 * rectifications put recipients on the to-do list.
 */
export async function personRectified(
  ctx: ServiceContext,
  person: { personType: 'candidate' | 'referee' | 'contact'; id: string },
  fields: readonly string[],
): Promise<AuditDraft[]> {
  return person.personType === 'candidate' ? recordRectification(ctx, person.id, fields) : [];
}

/** Tables the Art. 19 step reads and writes: every caller's transaction includes them. */
export const rectificationTables = (ctx: ServiceContext) => art19Tables(ctx.db);
