import type { PersonType } from '../../domain/common';
import { ok, type Result } from '../../domain/result';
import type { ServiceContext } from '../core';
import { erasePerson } from '../erasure';
import { notFound, type NotFound } from '../core';

/**
 * A user deleting a person goes through the one erasure service, so it leaves the same
 * tombstone, Art. 19 to-dos and pseudonymous disclosures as a retention or rights erasure.
 */
export async function removePerson(
  ctx: ServiceContext,
  personType: PersonType,
  id: string,
): Promise<Result<void, NotFound<'record'>>> {
  const r = await erasePerson(ctx, { personType, id, reason: 'user' });
  if (r.ok) return ok(undefined);
  if (r.error.reason === 'not-found') return notFound('record');
  throw new Error(`erasure refused a well-formed request: ${r.error.reason}`);
}
