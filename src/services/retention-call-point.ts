import type { PersonType } from '../domain/common';
import type { ServiceContext } from './context';
import { refreshDeleteOn, type DeleteOnChange } from './retention-dates';

/**
 * The call point of the retention engine. Every record service calls this inside its
 * transaction, after a change that may move a person's deletion date: an application received,
 * moved or removed, a renewed consent, a contact's last-contact date, a new person. The stored
 * `deleteOn` is recomputed by the rules in that same transaction (a candidate's referees follow).
 */
export async function personDatesChanged(
  ctx: ServiceContext,
  personType: PersonType,
  ids: readonly string[],
): Promise<DeleteOnChange[]> {
  const changes: DeleteOnChange[] = [];
  for (const id of ids) changes.push(...(await refreshDeleteOn(ctx, personType, id)));
  return changes;
}

/** The date a row now has in the database, after `personDatesChanged` (so callers return it). */
export const storedDeleteOn = (
  changes: readonly DeleteOnChange[],
  row: { id: string; deleteOn: string | null },
): string | null => changes.find((c) => c.id === row.id)?.to ?? row.deleteOn;

/** Tables a recompute reads and writes: include them in any transaction that calls the above. */
export const retentionTables = (ctx: ServiceContext) => [
  ctx.db.candidates,
  ctx.db.referees,
  ctx.db.contacts,
  ctx.db.applications,
  ctx.db.consents,
  ctx.db.holds,
  ctx.db.settings,
];
