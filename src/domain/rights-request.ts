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

/** Why a request was refused: Art. 12(5) and (6), Art. 17(3)(e), Art. 21(1). */
export const refusalGrounds = [
  'identity-not-verified',
  'manifestly-unfounded',
  'excessive',
  'legal-claims',
  'compelling-grounds',
  'other',
] as const;
export type RefusalGround = (typeof refusalGrounds)[number];

export const requestChannels = ['email', 'letter', 'phone', 'in-person'] as const;

export const rightsRequestInput = z.object({
  type: z.enum(requestTypes, { error: 'invalid-choice' }),
  subjectType: personType.nullable().default(null),
  /** null when the person was not found in the records. */
  subjectId: id.nullable().default(null),
  receivedOn: isoDate,
  channel: z.enum(requestChannels, { error: 'invalid-choice' }),
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
  /** Set when status is 'refused'; the person is told the ground (Art. 12(4)). */
  refusal: z
    .object({
      ground: z.enum(refusalGrounds, { error: 'invalid-choice' }),
      note: text(2000).default(''),
    })
    .nullable()
    .default(null),
  /** Rectification: names of the fields changed (never their values). */
  changedFields: z.array(z.string().max(80)).default([]),
  /** Art. 19: organisations that had received the person's data when the request was answered. */
  recipientIds: z.array(id).default([]),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type RightsRequest = z.infer<typeof rightsRequestRow>;
