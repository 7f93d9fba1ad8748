import type { PersonType } from '../domain/common';
import type { ServiceContext } from './context';

/**
 * CALL POINT FOR THE RETENTION ENGINE (Retention issue). Every record service calls this inside
 * its transaction, after a change that may move a person's deletion date: an application
 * received, moved or removed, a contact's last-contact date, a new person. The retention branch
 * replaces the body with its recompute of `deleteOn`; until then it does nothing.
 *
 * The callers' transactions already include the tables a recompute needs (the person tables,
 * applications, consents, holds, settings), so the replacement needs no change of scope.
 */
export async function personDatesChanged(
  _ctx: ServiceContext,
  _personType: PersonType,
  _ids: readonly string[],
): Promise<void> {}

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
