import { readMaybe } from '../../db/rows';
import { z } from 'zod';
import {
  attachmentKinds,
  attachmentOwnerTypes,
  attachmentRow,
  type Attachment,
} from '../../domain/attachment';
import {
  checkAttachment,
  safeOpenType,
  sniffLength,
  type FileCheckFailure,
} from '../../domain/attachment-rules';
import { assertNever } from '../../domain/assert-never';
import { id, requiredText } from '../../domain/common';
import { err, ok, type Result } from '../../domain/result';
import type { VivierDb } from '../../db/database';
import { parseRow, parseRows } from '../../db/rows';
import { sha256Hex } from '../../lib/sha256';
import { transactWithAudit } from '../audit';
import type { ServiceContext } from '../core';
import { invalid, invalidZod, notFound, type Invalid, type NotFound } from '../core';
import type { RecordsRefusal } from './reasons';

export type OwnerType = Attachment['ownerType'];
export type AttachmentMeta = Omit<Attachment, 'blob'>;
/** The browser refused to store more (IndexedDB quota): nothing was written. */
export type StorageFull = RecordsRefusal<'storage-full'>;
export type AddFailure = Invalid | { reason: FileCheckFailure } | StorageFull;

const addInput = z.object({
  ownerType: z.enum(attachmentOwnerTypes, { error: 'invalid-choice' }),
  ownerId: id,
  kind: z.enum(attachmentKinds, { error: 'invalid-choice' }),
  name: requiredText(300),
  blob: z.instanceof(Blob, { error: 'required' }),
});
export type AddAttachmentInput = z.input<typeof addInput>;

const ownerTable = (db: VivierDb, type: OwnerType) => {
  switch (type) {
    case 'candidate':
      return db.candidates;
    case 'referee':
      return db.referees;
    case 'consent':
      return db.consents;
    case 'contact':
      return db.contacts;
    case 'request':
      return db.rightsRequests;
    default:
      return assertNever(type);
  }
};

/** Quota errors come as QuotaExceededError, or as an abort whose inner error is one. */
export function isQuotaError(e: unknown): boolean {
  for (let x = e, depth = 0; x !== null && typeof x === 'object' && depth < 5; depth++) {
    const { name, inner, cause } = x as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return true;
    x = inner ?? cause;
  }
  return false;
}

const withoutBlob = ({ blob: _blob, ...meta }: Attachment): AttachmentMeta => meta;

/**
 * Keeps a file (CV, test report, evidence) as a Blob with its name, type, size and SHA-256.
 * The checks and the hash happen before the transaction (WebCrypto cannot run inside one); the
 * row and its audit entry are then written together, or, if the disk is full, not at all.
 */
export async function addAttachment(
  ctx: ServiceContext,
  input: AddAttachmentInput,
): Promise<Result<AttachmentMeta, AddFailure>> {
  const parsed = addInput.safeParse(input);
  if (!parsed.success) return invalidZod(parsed.error);
  const { ownerType, ownerId, kind, name, blob } = parsed.data;
  const head = new Uint8Array(await blob.slice(0, sniffLength).arrayBuffer());
  const checked = checkAttachment(kind, { name, size: blob.size, reportedType: blob.type, head });
  if (!checked.ok) return err({ reason: checked.error });
  const sha256 = await sha256Hex(blob);
  const row: Attachment = {
    id: crypto.randomUUID(),
    ownerType,
    ownerId,
    kind,
    name,
    type: checked.value.type,
    size: blob.size,
    sha256,
    addedAt: ctx.now.toISOString(),
    // stored under the checked type, whatever the browser reported
    blob: blob.type === checked.value.type ? blob : new Blob([blob], { type: checked.value.type }),
  };
  const owner = ownerTable(ctx.db, ownerType);
  try {
    return await transactWithAudit<Result<AttachmentMeta, AddFailure>>(
      ctx,
      [ctx.db.attachments, owner],
      async () => {
        if ((await owner.get(ownerId)) === undefined)
          return { result: invalid([{ path: 'ownerId', code: 'invalid-choice' }]), audit: [] };
        await ctx.db.attachments.add(row);
        return {
          result: ok(withoutBlob(row)),
          audit: [
            { action: 'attachment.add', entity: ownerType, id: ownerId, fields: ['attachments'] },
          ],
        };
      },
    );
  } catch (e) {
    if (isQuotaError(e)) return err({ reason: 'storage-full' });
    throw e;
  }
}

/** An owner's files, newest first, without their content. */
export async function listAttachments(
  db: VivierDb,
  ownerType: OwnerType,
  ownerId: string,
): Promise<AttachmentMeta[]> {
  const rows = await db.attachments
    .where('[ownerType+ownerId]')
    .equals([ownerType, ownerId])
    .toArray();
  return parseRows(attachmentRow, 'attachments', rows)
    .map(withoutBlob)
    .sort((a, b) => (a.addedAt < b.addedAt ? 1 : a.addedAt > b.addedAt ? -1 : 0));
}

/**
 * What the screen hands to the browser: a PDF or a raster image may open in a new tab
 * (`inline`); anything else, HTML and SVG included, comes back as application/octet-stream to
 * be downloaded, so no stored file can ever run script in the app's origin.
 */
export async function attachmentForOpening(
  db: VivierDb,
  attachmentId: string,
): Promise<Result<{ name: string; blob: Blob; inline: boolean }, NotFound<'record'>>> {
  const found = await db.attachments.get(attachmentId);
  if (found === undefined) return notFound('record');
  const row = parseRow(attachmentRow, 'attachments', found);
  const head = new Uint8Array(await row.blob.slice(0, sniffLength).arrayBuffer());
  const { type, inline } = safeOpenType(row.type, head);
  return ok({ name: row.name, blob: new Blob([row.blob], { type }), inline });
}

export async function deleteAttachment(
  ctx: ServiceContext,
  attachmentId: string,
): Promise<Result<void, NotFound<'record'>>> {
  return transactWithAudit<Result<void, NotFound<'record'>>>(
    ctx,
    [ctx.db.attachments],
    async () => {
      const row = readMaybe('attachments', await ctx.db.attachments.get(attachmentId));
      if (row === undefined) return { result: notFound('record'), audit: [] };
      await ctx.db.attachments.delete(attachmentId);
      return {
        result: ok(undefined),
        audit: [
          {
            action: 'attachment.delete',
            entity: row.ownerType,
            id: row.ownerId,
            fields: ['attachments'],
          },
        ],
      };
    },
  );
}
