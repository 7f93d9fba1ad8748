import { describe, expect, it } from 'vitest';
import { createDb } from '../../db/database';
import { getMeta } from '../../db/meta';
import { tombstoneRow } from '../../domain/tombstone';
import { databaseNames, dumpDb, fixtureSalt } from '../../testing/backup-fixture';
import { backedUpLaptop, laptop } from '../../testing/backup-scenario';
import { testNow } from '../../testing/db';
import { checkAuditLog } from '../audit';
import { applyRestore } from './apply-restore';
import { planRestore } from './restore-plan';
import { identifierHash } from './tombstone-match';

const without = (dump: Record<string, unknown[]>, ...tables: string[]) =>
  Object.fromEntries(Object.entries(dump).filter(([t]) => !tables.includes(t)));

async function restore(l: Awaited<ReturnType<typeof laptop>>, file: Blob, identity: string) {
  const plan = await planRestore(l.ctx, file, { identities: [identity] });
  if (!plan.ok) throw new Error(plan.error.reason);
  const applied = await applyRestore(l.ctx, l.pointer, plan.value);
  if (!applied.ok) throw new Error(applied.error.reason);
  const db = createDb(applied.value.activeName);
  return { plan: plan.value, db };
}

describe('restore', () => {
  it('round-trips every table and attachment into a fresh laptop', async () => {
    const source = await backedUpLaptop();
    const before = await dumpDb(source.db);
    const fresh = await laptop();
    const { plan, db } = await restore(fresh, source.file, source.key.identity);

    expect(plan.summary.dropped).toEqual([]);
    expect(plan.summary.tables.candidates).toEqual({ inBackup: 2, dropped: 0 });
    expect(plan.summary.auditChain).toEqual({ intact: true, count: 3 });
    const after = await dumpDb(db);
    expect(without(after, 'meta', 'auditLog')).toEqual(without(before, 'meta', 'auditLog'));
    expect(after.auditLog!.slice(0, 3)).toEqual(before.auditLog);
    expect(after.auditLog![3]).toMatchObject({ action: 'backup.restore', actor: 'user-test' });
    expect(await checkAuditLog(db)).toEqual({ intact: true, count: 4 });
    expect(await getMeta(db, 'installSalt')).toBe(fixtureSalt);
    expect(await fresh.pointer.active()).toBe(fresh.pointer.names[1]);
    expect(await databaseNames()).not.toContain(fresh.pointer.names[0]);
  });

  it('replaces the data of this laptop, switching databases and deleting the old one', async () => {
    const l = await backedUpLaptop();
    const before = await dumpDb(l.db);
    await l.db.candidates.delete('cand-marc'); // a change after the backup, undone by restoring
    const { db } = await restore(l, l.file, l.key.identity);
    const after = await dumpDb(db);
    expect(without(after, 'auditLog')).toEqual(without(before, 'auditLog'));
    expect(await databaseNames()).not.toContain(l.pointer.names[0]);
  });

  it('never brings back a person erased on this laptop after the backup', async () => {
    const l = await backedUpLaptop();
    // the erasure service's effect: records gone, a tombstone with salted identifier hashes
    await l.db.transaction('rw', l.db.tables, async () => {
      await l.db.candidates.delete('cand-helene');
      await l.db.tombstones.add(
        tombstoneRow.parse({
          id: 'tomb-helene',
          personType: 'candidate',
          erasedAt: '2026-03-10T10:00:00.000Z',
          reason: 'request',
          identifierHashes: ['cand-helene', 'helene.muller@example.fr'].map((i) =>
            identifierHash(fixtureSalt, i),
          ),
        }),
      );
    });
    const { plan, db } = await restore(l, l.file, l.key.identity);
    expect(plan.summary.dropped).toEqual([
      {
        personType: 'candidate',
        id: 'cand-helene',
        reason: 'erased-on-this-laptop',
        since: '2026-03-10T10:00:00.000Z',
        label: null,
      },
      {
        personType: 'referee',
        id: 'referee-1',
        reason: 'with-candidate',
        since: '2026-03-10T10:00:00.000Z',
        label: null,
      },
    ]);
    expect(plan.summary.laptopTombstones).toBe(1);
    expect(await db.candidates.get('cand-helene')).toBeUndefined();
    expect(await db.referees.count()).toBe(0);
    expect(await db.applications.count()).toBe(0);
    expect(await db.consents.count()).toBe(0);
    expect((await db.attachments.toCollection().primaryKeys()).sort()).toEqual(['att-empty']);
    expect(await db.disclosures.get('disc-1')).toMatchObject({ candidateId: null });
    expect(await db.notificationTasks.get('task-1')).toMatchObject({ candidateId: null });
    expect(await db.rightsRequests.get('req-1')).toMatchObject({ subjectId: null });
    expect(await db.tombstones.get('tomb-helene')).toBeDefined();
    expect(await db.candidates.get('cand-marc')).toBeDefined();
    const drops = await db.auditLog.where('action').equals('restore.drop').toArray();
    expect(drops.map((d) => [d.entity, d.id, d.fields])).toEqual([
      ['candidate', 'cand-helene', ['erased-on-this-laptop']],
      ['referee', 'referee-1', ['with-candidate']],
    ]);
  });

  it('keeps a person erased once and collected again later, with the same email', async () => {
    const l = await backedUpLaptop();
    await l.db.tombstones.add(
      tombstoneRow.parse({
        id: 'tomb-earlier',
        personType: 'candidate',
        erasedAt: '2025-06-01T10:00:00.000Z', // before cand-helene was created (2026-01-05)
        reason: 'request',
        identifierHashes: [identifierHash(fixtureSalt, 'helene.muller@example.fr')],
      }),
    );
    const { plan, db } = await restore(l, l.file, l.key.identity);
    expect(plan.summary.dropped).toEqual([]);
    expect(await db.candidates.get('cand-helene')).toBeDefined();
  });

  it('applies retention as of today, except for a person on hold, and tombstones the dropped', async () => {
    const l = await laptop();
    const { fillEveryTable, memorySink } = await import('../../testing/backup-fixture');
    await fillEveryTable({ db: l.db, now: testNow, actor: 'user-test' });
    await l.db.candidates.update('cand-helene', { deleteOn: '2026-03-11' });
    await l.db.candidates.update('cand-marc', { deleteOn: '2026-02-01' }); // on hold
    await l.db.archive.update('arch-1', { deleteOn: '2026-03-01' });
    const { generateOfficeKey } = await import('../../lib/age');
    const { writeBackup } = await import('./write-backup');
    const key = await generateOfficeKey();
    const out = memorySink();
    await writeBackup(l.db, testNow, 'user-test', out.sink, { recipients: [key.recipient] });

    const fresh = await laptop();
    const { plan, db } = await restore(fresh, out.blob(), key.identity);
    expect(plan.summary.dropped.map((d) => [d.id, d.reason, d.since, d.label])).toEqual([
      ['cand-helene', 'retention', '2026-03-11', 'Hélène Müller'],
      ['referee-1', 'with-candidate', '2026-03-11', null],
    ]);
    expect(plan.summary.tables.archive).toEqual({ inBackup: 1, dropped: 1 });
    expect(await db.candidates.toCollection().primaryKeys()).toEqual(['cand-marc']);
    expect(await db.archive.count()).toBe(0);
    const tombstones = (
      await db.tombstones.where('erasedAt').equals(testNow.toISOString()).toArray()
    ).sort((a, b) => a.personType.localeCompare(b.personType));
    expect(tombstones.map((t) => [t.personType, t.reason, t.rule])).toEqual([
      ['candidate', 'retention', 'restore'],
      ['referee', 'retention', 'restore'],
    ]);
    expect(tombstones.find((t) => t.personType === 'candidate')!.identifierHashes).toContain(
      identifierHash(fixtureSalt, 'cand-helene'),
    );

    // and restoring the same backup again does not bring her back either
    const now = { ...fresh, db, ctx: { ...fresh.ctx, db } };
    const again = await restore(now, out.blob(), key.identity);
    expect(again.plan.summary.dropped[0]).toMatchObject({ id: 'cand-helene' });
  });

  it('keeps the user of this laptop, and this laptop salt among the former ones', async () => {
    const source = await backedUpLaptop();
    const other = await laptop();
    await other.db.transaction('rw', other.db.tables, async () => {
      await other.db.users.add({
        id: 'user-other',
        name: 'Jonas Becker',
        role: 'recruiter',
        createdAt: '2026-02-01T08:00:00.000Z',
      });
      await other.db.meta.bulkAdd([
        { key: 'currentUserId', value: 'user-other' },
        { key: 'installSalt', value: 'd4'.repeat(32) },
      ]);
    });
    const { db } = await restore(
      { ...other, ctx: { ...other.ctx, actor: 'user-other' } },
      source.file,
      source.key.identity,
    );
    expect(await getMeta(db, 'currentUserId')).toBe('user-other');
    expect(await db.users.get('user-other')).toBeDefined();
    expect(await getMeta(db, 'installSalt')).toBe(fixtureSalt);
    expect(await getMeta(db, 'formerSalts')).toEqual(['d4'.repeat(32)]);
    expect((await db.auditLog.orderBy('seq').last())?.actor).toBe('user-other');
  });
});
