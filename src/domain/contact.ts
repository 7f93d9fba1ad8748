import { z } from 'zod';
import { email, id, isoDate, isoDateTime, phone, requiredText, text } from './common';
import { processingFlag } from './candidate';

/** A person at a client (P13): business details only. */
export const contactInput = z.object({
  organisationId: id,
  firstName: requiredText(100),
  lastName: requiredText(100),
  jobTitle: text(200).default(''),
  emails: z.array(email).max(10).default([]),
  phones: z.array(phone).max(10).default([]),
  addresses: z.array(text(500)).max(5).default([]),
  /** Art. 21(3): an absolute opt-out from marketing news. */
  marketingOptOut: z.boolean().default(false),
  lastContactOn: isoDate,
});
export type ContactInput = z.infer<typeof contactInput>;

export const contactRow = contactInput.extend({
  id,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  sortName: z.string(),
  searchTokens: z.array(z.string()),
  deleteOn: isoDate.nullable(),
  restricted: processingFlag.nullable().default(null),
  objected: processingFlag.nullable().default(null),
});
export type Contact = z.infer<typeof contactRow>;
