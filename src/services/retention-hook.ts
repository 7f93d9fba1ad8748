import type { AuditDraft } from '../domain/audit';
import type { ServiceContext } from './context';

/**
 * RETENTION HOOK (P7, P10, SPEC §3). A renewed consent with a data review and a submission to a
 * client are qualifying events: the candidate's deletion date must be recomputed.
 *
 * When services/retention.ts lands on main with `refreshDeleteOn(ctx, candidateId)`, make this
 * call it and return its audit entries. It is called INSIDE the transaction of recordConsent and
 * submitToRecipient, whose scopes already include candidates, applications, consents, holds and
 * settings; add any other table refreshDeleteOn reads to those two scopes.
 */
export async function refreshRetention(
  _ctx: ServiceContext,
  _candidateId: string,
): Promise<AuditDraft[]> {
  return [];
}

/** The tables the retention refresh may read or write, for the callers' transaction scopes. */
export const retentionTables = (ctx: ServiceContext) => [
  ctx.db.candidates,
  ctx.db.applications,
  ctx.db.consents,
  ctx.db.holds,
  ctx.db.settings,
];
