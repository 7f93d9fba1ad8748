import { z } from 'zod';
import { dataCategory, id, isoDate, isoDateTime, longText, text } from './common';
import { requestChannels } from './rights-request';

/**
 * Art. 7(1): consent must be provable. Never edited in place: a change is a new record that
 * supersedes the old one; withdrawal (Art. 7(3)) is dated.
 */
export const consentInput = z
  .object({
    candidateId: id,
    missionId: id,
    recipientId: id,
    form: z.enum(['written', 'verbal'], { error: 'invalid-choice' }),
    givenOn: isoDate,
    /** For verbal consent: the script or wording used. */
    script: longText(5000).default(''),
    evidenceNote: longText(5000).default(''),
    evidenceAttachmentId: id.nullable().default(null),
    categories: z.array(dataCategory).min(1, { error: 'categories-required' }),
    /** P10: the date the data was reviewed with the candidate, when reusing a pool candidate. */
    dataReviewedOn: isoDate.nullable().default(null),
    supersedes: id.nullable().default(null),
  })
  .refine((c) => c.form === 'written' || c.script.trim().length > 0, {
    error: 'script-required',
    path: ['script'],
  });
export type ConsentInput = z.infer<typeof consentInput>;

export const consentRow = consentInput.safeExtend({
  id,
  recordedBy: id,
  recordedAt: isoDateTime,
  withdrawnOn: isoDate.nullable().default(null),
  withdrawnBy: id.nullable().default(null),
  withdrawalNote: text(1000).default(''),
  /**
   * How the candidate said so (Art. 7(1): the withdrawal is evidence too). Null on consents
   * withdrawn before this was asked.
   */
  withdrawalChannel: z.enum(requestChannels, { error: 'invalid-choice' }).nullable().default(null),
});
export type Consent = z.infer<typeof consentRow>;
