import { describe, expect, it } from 'vitest';
import { generateOfficeKey } from '../../lib/age';
import { fillEveryTable, memorySink } from '../../testing/backup-fixture';
import { testContext } from '../../testing/db';
import { transactWithAudit } from '../audit';
import { backupTables } from './format';
import { verifyBackup } from './verify-backup';
import { writeBackup } from './write-backup';

async function filled() {
  const ctx = testContext();
  await fillEveryTable(ctx);
  return ctx;
}

describe('writeBackup', () => {
  it('writes every table and attachment; verifyBackup checks it and counts', async () => {
    const ctx = await filled();
    const key = await generateOfficeKey();
    const out = memorySink();
    const progress: number[] = [];
    const written = await writeBackup(
      ctx.db,
      ctx.now,
      ctx.actor,
      out.sink,
      { recipients: [key.recipient] },
      (p) => progress.push(p.bytesWritten),
    );
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    expect(out.state).toMatchObject({ closed: true, aborted: false });
    const { manifest } = written.value;
    for (const table of backupTables) {
      const expected = table === 'meta' ? 1 : await ctx.db.table(table).count();
      expect(manifest.counts[table], table).toBe(expected);
    }
    expect(manifest.attachmentBytes).toBe(152_000);
    expect(manifest.createdBy).toBe('user-test');
    expect(manifest.lastAudit?.seq).toBe(3);
    expect(manifest.entries.map((e) => e.name)).toContain('attachments/att%2Eevidence');
    expect(progress.at(-1)).toBe(written.value.bytes);
    expect(out.blob().size).toBe(written.value.bytes);

    const verified = await verifyBackup(out.blob(), { identities: [key.identity] });
    expect(verified.ok && verified.value.counts).toEqual(manifest.counts);
    expect(verified.ok && verified.value.auditChain).toEqual({ intact: true, count: 3 });
  });

  it('refuses an empty recipient list or a malformed key', async () => {
    const ctx = await filled();
    for (const key of [{ recipients: [] }, { recipients: ['age1nope'] }, { passphrase: '' }]) {
      const out = memorySink();
      expect(await writeBackup(ctx.db, ctx.now, ctx.actor, out.sink, key)).toEqual({
        ok: false,
        error: { reason: 'invalid-key' },
      });
      expect(out.state.writes).toBe(0);
    }
  });

  it('cancels: the sink is aborted, never closed', async () => {
    const ctx = await filled();
    const controller = new AbortController();
    const out = memorySink({ onWrite: async (n) => (n === 2 ? controller.abort() : undefined) });
    const key = await generateOfficeKey();
    const result = await writeBackup(
      ctx.db,
      ctx.now,
      ctx.actor,
      out.sink,
      { recipients: [key.recipient] },
      undefined,
      controller.signal,
    );
    expect(result).toEqual({ ok: false, error: { reason: 'cancelled' } });
    expect(out.state).toMatchObject({ closed: false, aborted: true });
  });

  it('fails when the database changes during the backup', async () => {
    const ctx = await filled();
    const out = memorySink({
      onWrite: async (n) => {
        if (n !== 1) return;
        await transactWithAudit(ctx, [ctx.db.candidates], async () => {
          await ctx.db.candidates.update('cand-helene', { updatedAt: ctx.now.toISOString() });
          return {
            result: null,
            audit: [{ action: 'candidate.update', entity: 'candidate', id: 'cand-helene' }],
          };
        });
      },
    });
    const key = await generateOfficeKey();
    const result = await writeBackup(ctx.db, ctx.now, ctx.actor, out.sink, {
      recipients: [key.recipient],
    });
    expect(result).toEqual({ ok: false, error: { reason: 'changed-during-backup' } });
    expect(out.state).toMatchObject({ closed: false, aborted: true });
  });

  it('reports a failing sink (disk full, permission lost)', async () => {
    const ctx = await filled();
    const out = memorySink({ failAt: 2 });
    const key = await generateOfficeKey();
    const result = await writeBackup(ctx.db, ctx.now, ctx.actor, out.sink, {
      recipients: [key.recipient],
    });
    expect(result).toEqual({ ok: false, error: { reason: 'sink-failed' } });
    expect(out.state.aborted).toBe(true);
  });

  it('refuses to back up a corrupt row or an attachment whose bytes changed, naming it', async () => {
    const ctx = await filled();
    const key = { recipients: [(await generateOfficeKey()).recipient] };
    await ctx.db.table('contacts').put({ id: 'contact-bad', lastName: 42 });
    expect(await writeBackup(ctx.db, ctx.now, ctx.actor, memorySink().sink, key)).toEqual({
      ok: false,
      error: { reason: 'corrupt-row', table: 'contacts', key: 'contact-bad' },
    });
    await ctx.db.contacts.delete('contact-bad');
    await ctx.db.attachments.update('att-cv', { blob: new Blob([new Uint8Array(150_000)]) });
    expect(await writeBackup(ctx.db, ctx.now, ctx.actor, memorySink().sink, key)).toEqual({
      ok: false,
      error: { reason: 'corrupt-row', table: 'attachments', key: 'att-cv' },
    });
  });
});
