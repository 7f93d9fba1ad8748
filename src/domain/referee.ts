import { z } from 'zod';
import { processingFlag } from './candidate';
import { email, id, isoDate, isoDateTime, longText, phone, requiredText, text } from './common';

/** A candidate's reference: a data subject in their own right. */
export const refereeInput = z.object({
  candidateId: id,
  firstName: requiredText(100),
  lastName: requiredText(100),
  relationship: text(200).default(''),
  organisation: text(200).default(''),
  email: email.nullable().default(null),
  phone: phone.nullable().default(null),
  statement: longText(10_000).default(''),
  /** The candidate's permission to contact this referee, and when it was recorded. */
  permissionToContactOn: isoDate.nullable().default(null),
});
export type RefereeInput = z.infer<typeof refereeInput>;

export const refereeRow = refereeInput.extend({
  id,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  sortName: z.string(),
  searchTokens: z.array(z.string()),
  deleteOn: isoDate.nullable(),
  restricted: processingFlag.nullable().default(null),
  objected: processingFlag.nullable().default(null),
});
export type Referee = z.infer<typeof refereeRow>;
