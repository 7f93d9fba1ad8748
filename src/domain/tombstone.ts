import { z } from 'zod';
import { id, isoDateTime, personType, text } from './common';

/**
 * What survives an erasure: when, why, and salted hashes of the person's identifiers so that
 * an import or a restore can recognise the person and keep them erased.
 */
export const tombstoneRow = z.object({
  id,
  personType,
  erasedAt: isoDateTime,
  reason: z.enum(['retention', 'request', 'user']),
  rule: text(200).default(''),
  requestId: id.nullable().default(null),
  /** SHA-256 of salt + folded identifier (the erased record id, emails, phone digits). */
  identifierHashes: z.array(z.string().regex(/^[0-9a-f]{64}$/)),
});
export type Tombstone = z.infer<typeof tombstoneRow>;
