import { z } from 'zod';
import { id, isoDateTime, requiredText } from './common';

export const attachmentKinds = ['cv', 'test-report', 'evidence', 'other'] as const;
export const attachmentOwnerTypes = [
  'candidate',
  'referee',
  'consent',
  'contact',
  'request',
] as const;

/** A file kept as a Blob in IndexedDB, with what is needed to verify and disclose it. */
export const attachmentRow = z.object({
  id,
  ownerType: z.enum(attachmentOwnerTypes),
  ownerId: id,
  kind: z.enum(attachmentKinds, { error: 'invalid-choice' }),
  name: requiredText(300),
  type: z.string().max(200),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  addedAt: isoDateTime,
  blob: z.instanceof(Blob),
});
export type Attachment = z.infer<typeof attachmentRow>;
