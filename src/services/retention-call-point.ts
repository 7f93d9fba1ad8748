import type { AuditDraft } from '../domain/audit';
import type { PersonType } from '../domain/common';
import type { ServiceContext } from './context';
import { refreshDeleteOn, retentionTables as datesTables } from './retention-dates';

/**
 * What record, consent and disclosure services call inside their transaction after an event
 * that may move a person's deletion date (an application received or moved, a submission, a
 * renewed consent with data review, a contact's last contact, a new person).
 */
export async function personDatesChanged(
  ctx: ServiceContext,
  personType: PersonType,
  ids: readonly string[],
): Promise<void> {
  for (const id of ids) await refreshDeleteOn(ctx, personType, id);
}

/** A candidate's qualifying event; the date is a consequence of an audited event, not its own entry. */
export async function refreshRetention(
  ctx: ServiceContext,
  candidateId: string,
): Promise<AuditDraft[]> {
  await refreshDeleteOn(ctx, 'candidate', candidateId);
  return [];
}

/** Tables a recompute reads and writes: include them in any transaction that calls the above. */
export const retentionTables = (ctx: ServiceContext) => datesTables(ctx.db);
