import { z } from 'zod';
import { dataCategory, id, isoDateTime, requiredText } from './common';

/**
 * What was sent to whom, when, under which consent and mission. After erasure the candidate id
 * is cleared and only the pseudonym stays, so the entry remains evidence without personal data.
 */
export const disclosureRow = z.object({
  id,
  candidateId: id.nullable(),
  /** Salted hash of the candidate id: links entries of one person without naming them. */
  pseudonym: z.string().regex(/^[0-9a-f]{64}$/),
  /** null for an internal disclosure (P5) from a general application, which has no mission. */
  missionId: id.nullable(),
  recipientId: id,
  consentId: id.nullable(),
  categories: z.array(dataCategory),
  files: z.array(
    z.object({
      name: requiredText(300),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      size: z.number().int().min(0),
    }),
  ),
  by: id,
  at: isoDateTime,
});
export type Disclosure = z.infer<typeof disclosureRow>;

/** Art. 19: a recipient to tell about a later rectification, erasure or restriction. */
export const notificationTaskRow = z.object({
  id,
  disclosureId: id,
  recipientId: id,
  candidateId: id.nullable(),
  change: z.enum(['rectification', 'erasure', 'restriction']),
  fields: z.array(z.string()).default([]),
  createdAt: isoDateTime,
  /** 'open' until notified; a string so it can be indexed. */
  state: z.enum(['open', 'done']),
  notifiedOn: z.string().nullable().default(null),
  notifiedHow: z.string().max(500).default(''),
});
export type NotificationTask = z.infer<typeof notificationTaskRow>;
