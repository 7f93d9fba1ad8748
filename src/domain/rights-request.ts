import { z } from 'zod';
import { id, isoDate, isoDateTime, longText, personType, requiredText, text } from './common';

export const requestTypes = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
] as const;
export const requestStatuses = [
  'received',
  'in-progress',
  'waiting',
  'completed',
  'refused',
] as const;

export const rightsRequestInput = z.object({
  type: z.enum(requestTypes, { error: 'invalid-choice' }),
  subjectType: personType.nullable().default(null),
  /** null when the person was not found in the records. */
  subjectId: id.nullable().default(null),
  receivedOn: isoDate,
  channel: z.enum(['email', 'letter', 'phone', 'in-person'], { error: 'invalid-choice' }),
  language: z.enum(['fr', 'en', 'de'], { error: 'invalid-choice' }).default('fr'),
  details: longText(5000).default(''),
});
export type RightsRequestInput = z.infer<typeof rightsRequestInput>;

export const rightsRequestRow = rightsRequestInput.extend({
  id,
  dueOn: isoDate,
  identityCheck: z
    .object({ method: requiredText(300), by: id, on: isoDate })
    .nullable()
    .default(null),
  extension: z
    .object({ reason: requiredText(1000), dueOn: isoDate, toldOn: isoDate })
    .nullable()
    .default(null),
  status: z.enum(requestStatuses, { error: 'invalid-choice' }),
  outcome: text(5000).default(''),
  closedOn: isoDate.nullable().default(null),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type RightsRequest = z.infer<typeof rightsRequestRow>;
