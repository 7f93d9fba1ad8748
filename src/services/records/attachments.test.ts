import { readRow, readRows } from '../../db/rows';
import { describe, expect, it } from 'vitest';
import { maxAttachmentBytes } from '../../domain/attachment-rules';
import { sha256Hex } from '../../lib/sha256';
import { testContext, testDb } from '../../testing/db';
import { heleneInput } from '../../testing/inputs';
import {
  addAttachment,
  attachmentForOpening,
  deleteAttachment,
  isQuotaError,
  listAttachments,
} from './attachments';
import { candidateHistory, createCandidate } from './candidates';

const pdfBytes = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
const pdf = (type = 'application/pdf') => new Blob([pdfBytes], { type });

async function withCandidate(ctx = testContext()) {
  const c = await createCandidate(ctx, heleneInput);
  if (!c.ok) throw new Error();
  return { ctx, ownerId: c.value.id };
}

describe('addAttachment', () => {
  it('keeps the file with name, checked type, size and SHA-256, audited on the owner', async () => {
    const { ctx, ownerId } = await withCandidate();
    const out = await addAttachment(ctx, {
      ownerType: 'candidate',
      ownerId,
      kind: 'cv',
      name: 'CV Hélène.pdf',
      blob: pdf(''),
    });
    expect(out).toMatchObject({
      ok: true,
      value: {
        name: 'CV Hélène.pdf',
        type: 'application/pdf',
        size: pdfBytes.length,
        sha256: await sha256Hex(pdfBytes),
      },
    });
    expect(out.ok && 'blob' in out.value).toBe(false);
    const [meta] = await listAttachments(ctx.db, 'candidate', ownerId);
    expect(meta?.name).toBe('CV Hélène.pdf');
    const stored = readRows('attachments', await ctx.db.attachments.toArray());
    expect(stored[0]?.blob.type).toBe('application/pdf');
    expect(new Uint8Array(await stored[0]!.blob.arrayBuffer())).toEqual(pdfBytes);
    expect((await candidateHistory(ctx.db, ownerId))[0]).toMatchObject({
      action: 'attachment.add',
      fields: ['attachments'],
    });
  });

  it('refuses a file over the limit, a forbidden type and an unknown owner, writing nothing', async () => {
    const { ctx, ownerId } = await withCandidate();
    const base = { ownerType: 'candidate' as const, ownerId, kind: 'cv' as const };
    const big = new Blob([pdfBytes, new Uint8Array(maxAttachmentBytes)], {
      type: 'application/pdf',
    });
    expect(await addAttachment(ctx, { ...base, name: 'big.pdf', blob: big })).toEqual({
      ok: false,
      error: { reason: 'file-too-large' },
    });
    const html = new Blob(['<html><script>alert(1)</script>'], { type: 'text/html' });
    expect(await addAttachment(ctx, { ...base, name: 'cv.html', blob: html })).toEqual({
      ok: false,
      error: { reason: 'file-type-not-allowed' },
    });
    expect(
      await addAttachment(ctx, {
        ...base,
        name: 'cv.pdf',
        blob: new Blob(['<html>'], { type: '' }),
      }),
    ).toEqual({
      ok: false,
      error: { reason: 'file-type-not-allowed' },
    });
    expect(
      await addAttachment(ctx, { ...base, ownerId: 'ghost', name: 'cv.pdf', blob: pdf() }),
    ).toMatchObject({
      error: { reason: 'invalid', issues: [{ path: 'ownerId', code: 'invalid-choice' }] },
    });
    expect(
      await addAttachment(ctx, { ...base, kind: 'photo' as never, name: '', blob: pdf() }),
    ).toMatchObject({
      error: {
        reason: 'invalid',
        issues: expect.arrayContaining([
          { path: 'kind', code: 'invalid-choice' },
          { path: 'name', code: 'required' },
        ]),
      },
    });
    expect(await ctx.db.attachments.count()).toBe(0);
    expect(await ctx.db.auditLog.count()).toBe(1);
  });

  it('reports a full disk as storage-full and leaves nothing half-written', async () => {
    const db = testDb();
    // The browser's IndexedDB refuses the write when the origin's quota is used up.
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          return name !== 'attachments'
            ? t
            : {
                ...t,
                mutate: () =>
                  Promise.reject(
                    new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
                  ),
              };
        },
      }),
    });
    const { ctx, ownerId } = await withCandidate(testContext(db));
    const before = await ctx.db.auditLog.count();
    const out = await addAttachment(ctx, {
      ownerType: 'candidate',
      ownerId,
      kind: 'cv',
      name: 'cv.pdf',
      blob: pdf(),
    });
    expect(out).toEqual({ ok: false, error: { reason: 'storage-full' } });
    expect(await ctx.db.attachments.count()).toBe(0);
    expect(await ctx.db.auditLog.count()).toBe(before);
  });

  it('recognises quota errors however they are wrapped', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe('opening a file', () => {
  it('opens a real PDF in a tab, forces anything scriptable to a download', async () => {
    const { ctx, ownerId } = await withCandidate();
    const added = await addAttachment(ctx, {
      ownerType: 'candidate',
      ownerId,
      kind: 'cv',
      name: 'cv.pdf',
      blob: pdf(),
    });
    if (!added.ok) throw new Error();
    const opened = await attachmentForOpening(ctx.db, added.value.id);
    expect(opened).toMatchObject({ ok: true, value: { name: 'cv.pdf', inline: true } });
    expect(opened.ok && opened.value.blob.type).toBe('application/pdf');

    // a row that somehow holds HTML (an old import, a tampered backup) is never served as HTML
    const evil = {
      ...readRow('attachments', await ctx.db.attachments.get(added.value.id)),
      id: 'evil',
      type: 'text/html',
      blob: new Blob(['<script>'], { type: 'text/html' }),
    };
    await ctx.db.attachments.add(evil);
    const svg = {
      ...evil,
      id: 'svg',
      type: 'image/svg+xml',
      blob: new Blob(['<svg onload=alert(1)>'], { type: 'image/svg+xml' }),
    };
    await ctx.db.attachments.add(svg);
    for (const id of ['evil', 'svg']) {
      const out = await attachmentForOpening(ctx.db, id);
      expect(out).toMatchObject({ ok: true, value: { inline: false } });
      expect(out.ok && out.value.blob.type).toBe('application/octet-stream');
    }
    expect(await attachmentForOpening(ctx.db, 'none')).toEqual({
      ok: false,
      error: { reason: 'not-found', kind: 'record' },
    });
  });

  it('deletes a file with an audit entry on its owner', async () => {
    const { ctx, ownerId } = await withCandidate();
    const added = await addAttachment(ctx, {
      ownerType: 'candidate',
      ownerId,
      kind: 'cv',
      name: 'cv.pdf',
      blob: pdf(),
    });
    if (!added.ok) throw new Error();
    expect(await deleteAttachment(ctx, added.value.id)).toEqual({ ok: true, value: undefined });
    expect(await listAttachments(ctx.db, 'candidate', ownerId)).toEqual([]);
    expect((await candidateHistory(ctx.db, ownerId))[0]).toMatchObject({
      action: 'attachment.delete',
    });
  });
});
