import { assertNever } from '../domain/assert-never';
import { refereeRow } from '../domain/referee';
import { parseRow } from '../db/rows';
import { recordRectification } from './art19';
import { appendAudit } from './audit';
import type { ServiceContext } from './context';

/**
 * ART. 19 CALL POINT. Called inside the transaction of every rectification of a person, with the
 * names of the top-level fields that changed: adds a to-do for every recipient who received the
 * changed data (services/art19.ts), audited in the same transaction.
 * - candidate: the recipients of the changed categories.
 * - referee: what the dossier shows of them (name, relationship, organisation, statement) is
 *   the candidate's "references" category; their contact details are never sent.
 * - contact: client contacts are never disclosed through the register; nothing to do.
 */
export async function personRectified(
  ctx: ServiceContext,
  person: { personType: 'candidate' | 'referee' | 'contact'; id: string },
  fields: readonly string[],
): Promise<void> {
  switch (person.personType) {
    case 'candidate':
      await appendAudit(ctx, await recordRectification(ctx, person.id, fields));
      return;
    case 'referee': {
      if (!fields.some((f) => refereeFieldsSent.includes(f))) return;
      const row = await ctx.db.referees.get(person.id);
      if (row === undefined) return;
      const referee = parseRow(refereeRow, 'referees', row);
      await appendAudit(ctx, await recordRectification(ctx, referee.candidateId, ['references']));
      return;
    }
    case 'contact':
      return;
    default:
      assertNever(person.personType);
  }
}

/** The referee fields a dossier shows (services/dossier.ts, "references"). */
const refereeFieldsSent: readonly string[] = [
  'firstName',
  'lastName',
  'relationship',
  'organisation',
  'statement',
];

/** Tables the Art. 19 step reads and writes: every caller's transaction includes them. */
export const rectificationTables = (ctx: ServiceContext) => [
  ctx.db.disclosures,
  ctx.db.notificationTasks,
];
