import { z } from 'zod';
import { id, isoDate, isoDateTime, personType, text } from './common';

/** A hold pauses deletion of one person (legal claim, open rights request, other). */
export const holdRow = z
  .object({
    id,
    personType,
    personId: id,
    reason: z.enum(['legal-claim', 'rights-request', 'other'], { error: 'invalid-choice' }),
    note: text(1000).default(''),
    startsOn: isoDate,
    /** null: until lifted (a rights request's hold ends when the request closes). */
    endsOn: isoDate.nullable(),
    requestId: id.nullable().default(null),
    /** Lifted before its end (a rights request closed, a claim settled); kept as evidence. */
    liftedOn: isoDate.nullable().default(null),
    createdAt: isoDateTime,
  })
  .refine((h) => h.endsOn === null || h.endsOn >= h.startsOn, {
    error: 'date-order',
    path: ['endsOn'],
  });
export type Hold = z.infer<typeof holdRow>;
