import { z } from 'zod';
import type { ArchiveEntry } from '../../domain/archive';
import { assertNever } from '../../domain/assert-never';
import { fieldIssues, personType, type FieldIssue } from '../../domain/common';
import { notFound, type NotFound } from '../core';
import { err, ok, type Result } from '../../domain/result';
import { archiveEntryKeys } from '../../domain/tombstone-keys';
import { readSettings } from '../../db/settings-repo';
import { archiveInTransaction } from './archive-steps';
import { transactWithAudit } from '../audit';
import type { ServiceContext } from '../core';
import { hashIdentifierKeys, installSalt } from './tombstones';
import {
  eraseArchiveInTransaction,
  eraseInTransaction,
  erasureTables,
  prepareErasure,
  type ErasureOutcome,
  type ErasureWhy,
} from './steps';
import type { ErasureRefusal } from './reasons';

/**
 * THE erasure service, shared by the retention sweep and the rights desk (SPEC §3, §4, P9):
 * removes the person and everything that is theirs in one transaction, leaves disclosures as
 * pseudonymous evidence, lists the recipients to notify (Art. 19), writes a tombstone of salted
 * hashes and an audit entry without personal data.
 */
const eraseInput = z.object({
  personType,
  id: z.string().min(1, { error: 'required' }),
  reason: z.enum(['retention', 'request', 'user'], { error: 'invalid-choice' }),
  rule: z.string().max(200).optional(),
  requestId: z.string().min(1).nullable().optional(),
});
export type EraseInput = z.input<typeof eraseInput>;

export type ErasureError = NotFound<'person'> | { reason: 'invalid'; issues: FieldIssue[] };

const personNotFound = notFound('person');

/** A candidate already in the client archive: the archive entry is what is left to erase. */
async function eraseArchived(
  ctx: ServiceContext,
  id: string,
  why: ErasureWhy,
): Promise<Result<ErasureOutcome, ErasureError>> {
  const hashes = await hashIdentifierKeys(await installSalt(ctx.db), archiveEntryKeys(id));
  const done = await transactWithAudit(ctx, [ctx.db.archive, ctx.db.tombstones], async () => {
    const r = await eraseArchiveInTransaction(ctx, id, why, hashes);
    return { result: r, audit: r?.audit ?? [] };
  });
  if (done === null) return personNotFound;
  return ok({
    personType: 'candidate',
    id,
    tombstoneIds: done.tombstoneIds,
    notifyRecipientIds: [],
    erasedRefereeIds: [],
  });
}

// A concurrent edit of an email or phone between hashing and erasing makes us hash again.
const attempts = 3;

export async function erasePerson(
  ctx: ServiceContext,
  input: EraseInput,
): Promise<Result<ErasureOutcome, ErasureError>> {
  const parsed = eraseInput.safeParse(input);
  if (!parsed.success) return err({ reason: 'invalid', issues: fieldIssues(parsed.error) });
  const { personType: type, id, ...why } = parsed.data;
  for (let i = 0; i < attempts; i++) {
    const prepared = await prepareErasure(ctx.db, type, id);
    if (prepared === null)
      return type === 'candidate' ? eraseArchived(ctx, id, why) : personNotFound;
    const done = await transactWithAudit(ctx, erasureTables(ctx.db), async () => {
      const r = await eraseInTransaction(ctx, prepared, why);
      return { result: r, audit: r.status === 'erased' ? r.audit : [] };
    });
    if (done.status === 'gone') return personNotFound;
    if (done.status === 'erased') return ok(done.outcome);
  }
  throw new Error('the person kept changing while being erased');
}

export type ArchiveError = NotFound<'person'> | ErasureRefusal<'not-archivable'>;

/**
 * P8: moves a submitted or hired candidate to the client archive (minimal, read-only, its own
 * deletion date) and erases the full record.
 */
export async function archiveCandidate(
  ctx: ServiceContext,
  id: string,
  reason: 'retention' | 'user' = 'retention',
): Promise<Result<{ archive: ArchiveEntry; erasure: ErasureOutcome }, ArchiveError>> {
  const rules = (await readSettings(ctx.db)).retention;
  for (let i = 0; i < attempts; i++) {
    const prepared = await prepareErasure(ctx.db, 'candidate', id);
    if (prepared === null) return notFound('person');
    const done = await transactWithAudit(ctx, erasureTables(ctx.db), async () => {
      const r = await archiveInTransaction(ctx, prepared, rules, { reason, rule: 'P8' });
      return { result: r, audit: r.status === 'erased' ? r.audit : [] };
    });
    switch (done.status) {
      case 'gone':
        return notFound('person');
      case 'not-archivable':
        return err({ reason: 'not-archivable' });
      case 'erased':
        return ok({ archive: done.archive, erasure: done.outcome });
      case 'changed':
        continue;
      default:
        return assertNever(done);
    }
  }
  throw new Error('the person kept changing while being archived');
}
