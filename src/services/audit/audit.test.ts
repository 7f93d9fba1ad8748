import { describe, expect, it } from 'vitest';
import { testContext } from '../../testing/db';
import { appendAudit, checkAuditLog, transactWithAudit } from './audit';

async function chainOf(n: number) {
  const ctx = testContext();
  await ctx.db.transaction('rw', ctx.db.auditLog, () =>
    appendAudit(
      ctx,
      Array.from({ length: n }, (_, i) => ({
        action: 'candidate.update',
        entity: 'candidate',
        id: `c${i}`,
        fields: ['identity'],
      })),
    ),
  );
  return ctx;
}

describe('audit chain', () => {
  it('appends linked entries and verifies them', async () => {
    const ctx = await chainOf(5);
    const rows = await ctx.db.auditLog.orderBy('seq').toArray();
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    expect(await checkAuditLog(ctx.db)).toEqual({ intact: true, count: 5 });
  });

  it('an empty log is intact', async () => {
    const ctx = testContext();
    expect(await checkAuditLog(ctx.db)).toEqual({ intact: true, count: 0 });
  });

  const tampers: [string, (e: Record<string, unknown>) => void, string][] = [
    ['action', (e) => (e.action = 'candidate.delete'), 'hash-mismatch'],
    ['entity id', (e) => (e.id = 'someone-else'), 'hash-mismatch'],
    ['actor', (e) => (e.actor = 'intruder'), 'hash-mismatch'],
    ['time', (e) => (e.at = '2020-01-01T00:00:00.000Z'), 'hash-mismatch'],
    ['fields', (e) => (e.fields = []), 'hash-mismatch'],
    ['prevHash', (e) => (e.prevHash = 'f'.repeat(64)), 'prev-mismatch'],
    ['hash', (e) => (e.hash = 'a'.repeat(64)), 'hash-mismatch'],
  ];

  for (const position of [1, 3, 5]) {
    for (const [what, tamper, reason] of tampers) {
      it(`detects a changed ${what} at entry ${position}`, async () => {
        const ctx = await chainOf(5);
        const row = (await ctx.db.auditLog.get(position)) as unknown as Record<string, unknown>;
        tamper(row);
        await ctx.db.auditLog.put(row as never);
        const report = await checkAuditLog(ctx.db);
        expect(report.intact).toBe(false);
        // a changed hash is noticed at that entry, or at the next one whose prevHash no longer matches
        if (!report.intact) {
          expect(report.firstBreak.seq).toBe(position);
          expect(report.firstBreak.reason).toBe(reason);
        }
      });
    }
    it(`detects a deleted entry at ${position}`, async () => {
      const ctx = await chainOf(5);
      await ctx.db.auditLog.delete(position);
      const report = await checkAuditLog(ctx.db);
      if (position === 5) {
        // removing the newest entry leaves a valid shorter chain: only an outside anchor (the
        // backup manifest's last hash) reveals it
        expect(report).toEqual({ intact: true, count: 4 });
      } else {
        expect(report).toMatchObject({
          intact: false,
          firstBreak: { seq: position + 1, reason: 'seq-gap' },
        });
      }
    });
  }

  it('rolls the audit entry back with a failed change', async () => {
    const ctx = testContext();
    await expect(
      transactWithAudit(ctx, [ctx.db.meta], async () => {
        await ctx.db.meta.put({ key: 'x', value: 1 });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await ctx.db.auditLog.count()).toBe(0);
    expect(await ctx.db.meta.get('x')).toBeUndefined();
  });

  it('refuses to append outside a transaction', async () => {
    const ctx = testContext();
    await expect(appendAudit(ctx, [{ action: 'a.b', entity: 'a', id: '1' }])).rejects.toThrow();
  });
});
