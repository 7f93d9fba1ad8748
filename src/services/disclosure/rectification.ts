import { assertNever } from '../../domain/assert-never';
import type { AuditDraft } from '../../domain/audit';
import { refereeRow } from '../../domain/referee';
import { parseRow } from '../../db/rows';
import { recordRectification } from './art19';
import type { ServiceContext } from '../core';

/**
 * Art. 19, called inside the transaction (which includes `art19Tables(db)`) of every rectification of a person with the names of
 * the top-level fields that changed; returns the audit entries of the to-dos it adds.
 * - candidate: the recipients of the changed categories.
 * - referee: what a dossier shows of them (name, relationship, organisation, statement) is the
 *   candidate's "references" category; their contact details are never sent.
 * - contact: client contacts are never disclosed through the register.
 */
export async function personRectified(
  ctx: ServiceContext,
  person: { personType: 'candidate' | 'referee' | 'contact'; id: string },
  fields: readonly string[],
): Promise<AuditDraft[]> {
  switch (person.personType) {
    case 'candidate':
      return recordRectification(ctx, person.id, fields);
    case 'referee': {
      if (!fields.some((f) => refereeFieldsSent.includes(f))) return [];
      const row = await ctx.db.referees.get(person.id);
      if (row === undefined) return [];
      const referee = parseRow(refereeRow, 'referees', row);
      return recordRectification(ctx, referee.candidateId, ['references']);
    }
    case 'contact':
      return [];
    default:
      return assertNever(person.personType);
  }
}

/** The referee fields a dossier shows (dossier.ts, "references"). */
const refereeFieldsSent: readonly string[] = [
  'firstName',
  'lastName',
  'relationship',
  'organisation',
  'statement',
];
