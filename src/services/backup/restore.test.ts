import { readRow } from '../../db/rows';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../db/database';
import { getMeta } from '../../db/meta';
import { archiveRow } from '../../domain/archive';
import { tombstoneRow } from '../../domain/tombstone';
import { databaseNames, dumpDb, fixtureSalt } from '../../testing/backup-fixture';
import { backedUpLaptop, laptop } from '../../testing/backup-scenario';
import { testNow } from '../../testing/db';
import { checkAuditLog } from '../audit';
import { applyRestore } from './apply-restore';
import { planRestore } from './restore-plan';
import { identifierKeys } from '../../domain/tombstone-keys';
import { generateOfficeKey } from '../../lib/age';
import { fillEveryTable, memorySink } from '../../testing/backup-fixture';
import { buildApplication, buildCandidate } from '../../testing/builders';
import { erasePerson, isTombstoned } from '../erasure';
import { computeRetention } from '../retention';
import { hashIdentifierKeys } from '../erasure';
import { writeBackup } from './write-backup';
import { searchCandidates } from '../search';
import { laptopBackup } from '../../testing/backup-scenario';

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
    // on the first-run screen the person restoring chose who they are among the backup's users
    expect(await getMeta(db, 'currentUserId')).toBe('user-test');
    expect(plan.summary.users).toEqual([{ id: 'user-test', name: 'Claire Martin' }]);
    expect(await fresh.pointer.active()).toBe(fresh.pointer.names[1]);
    expect(await databaseNames()).not.toContain(fresh.pointer.names[0]);
  });

  it('replaces the data of this laptop, switching databases and deleting the old one', async () => {
    const l = await backedUpLaptop();
    const before = await dumpDb(l.db);
    await l.db.candidates.delete('cand-marc'); // a change after the backup, undone by restoring
    const { db } = await restore(l, l.file, l.key.identity);
    const after = await dumpDb(db);
    expect(without(after, 'meta', 'auditLog')).toEqual(without(before, 'meta', 'auditLog'));
    expect(await getMeta(db, 'currentUserId')).toBe('user-test');
    expect(await getMeta(db, 'lastSweep')).toMatchObject({ erased: 0, archived: 0 });
    expect(await databaseNames()).not.toContain(l.pointer.names[0]);
  });

  it('never brings back a person erased on this laptop after the backup', async () => {
    const l = await backedUpLaptop();
    const erased = await erasePerson(
      { db: l.db, now: new Date('2026-03-12T08:00:00.000Z'), actor: 'user-test' },
      { personType: 'candidate', id: 'cand-helene', reason: 'request' },
    );
    expect(erased.ok).toBe(true);
    const { plan, db } = await restore(l, l.file, l.key.identity);
    expect(plan.summary.dropped).toEqual([
      {
        personType: 'candidate',
        id: 'cand-helene',
        reason: 'erased-on-this-laptop',
        since: '2026-03-12T08:00:00.000Z',
        label: null,
      },
      {
        personType: 'referee',
        id: 'referee-1',
        reason: 'erased-on-this-laptop',
        since: '2026-03-12T08:00:00.000Z',
        label: null,
      },
    ]);
    expect(plan.summary.laptopTombstones).toBe(2);
    expect(plan.summary.tables.attachments).toEqual({ inBackup: 3, dropped: 2 });
    expect(await db.candidates.get('cand-helene')).toBeUndefined();
    expect(await db.referees.count()).toBe(0);
    expect(await db.applications.count()).toBe(0);
    expect(await db.consents.count()).toBe(0);
    expect(await db.holds.count()).toBe(1); // marc's
    expect((await db.attachments.toCollection().primaryKeys()).sort()).toEqual(['att-empty']);
    // as the erasure service leaves them: evidence without the person
    expect(await db.disclosures.get('disc-1')).toMatchObject({
      candidateId: null,
      files: [{ name: 'document-1.pdf' }],
    });
    expect(await db.notificationTasks.get('task-1')).toMatchObject({ candidateId: null });
    expect(await db.tombstones.count()).toBe(3);
    expect(await db.candidates.get('cand-marc')).toBeDefined();
    const drops = await db.auditLog.where('action').equals('restore.drop').toArray();
    expect(drops.map((d) => [d.entity, d.id, d.fields])).toEqual([
      ['candidate', 'cand-helene', ['erased-on-this-laptop']],
      ['referee', 'referee-1', ['erased-on-this-laptop']],
    ]);
    // the same check an import makes finds her erased in the restored database too
    expect(await isTombstoned(db, { emails: ['Helene.Muller@example.fr'] })).toBe(true);
  });

  it('recomputes every derived field of a restored person instead of believing the backup', async () => {
    // A backup re-sealed with valid hashes whose stored derived fields no longer match its data:
    // Hélène renamed without her search keys, a candidate collected 900 days ago under the
    // policy's 3-month rule carrying another person's far deletion date.
    const l = await laptop();
    await fillEveryTable({ db: l.db, now: testNow, actor: 'user-test' });
    const helene = readRow('candidates', await l.db.candidates.get('cand-helene'));
    await l.db.candidates.put({
      ...helene,
      identity: { ...helene.identity, firstName: 'Hélène', lastName: 'Schmidt' },
    });
    await l.db.candidates.add(
      buildCandidate({
        id: 'cand-old',
        identity: { firstName: 'Otto', lastName: 'Alt', language: 'de' },
        contact: { emails: ['otto.alt@example.de'], phones: [], addresses: [] },
        source: 'unsolicited',
        collectedOn: '2023-09-24',
        deleteOn: '2030-01-01',
      }),
    );
    const { file, key } = await laptopBackup(l.db);
    const fresh = await laptop();
    const { plan, db } = await restore(fresh, file, key.identity);

    expect(plan.summary.dropped).toContainEqual(
      expect.objectContaining({ personType: 'candidate', id: 'cand-old', reason: 'retention' }),
    );
    expect(await db.candidates.get('cand-old')).toBeUndefined();
    const found = async (text: string) =>
      (await searchCandidates(db, '2026-03-12', { text })).items.map((c) => c.id);
    expect(await found('schmidt')).toEqual(['cand-helene']);
    expect(await found('muller')).toEqual([]);
    const restored = (await db.candidates.get('cand-helene'))!;
    expect(restored.deleteOn).toBe(
      (await computeRetention(db, 'candidate', 'cand-helene'))!.deleteOn,
    );
  });

  it('recomputes a client archive entry\u2019s deletion date instead of believing the backup', async () => {
    // P8: an entry's own period runs from the candidate's deletion date, which is at the latest
    // the day it was archived; a stored date beyond that (re-sealed, or another entry's) is not
    // believed. The rules in force keep the archive 60 months.
    const l = await laptop();
    await fillEveryTable({ db: l.db, now: testNow, actor: 'user-test' });
    const entry = (id: string, archivedAt: string) =>
      archiveRow.parse({
        id,
        name: 'Anna Alt',
        placements: [],
        archivedAt,
        deleteOn: '2040-01-01',
      });
    await l.db.archive.bulkAdd([
      entry('arch-past', '2020-01-10T09:00:00.000Z'),
      entry('arch-kept', '2024-01-10T09:00:00.000Z'),
    ]);
    const { file, key } = await laptopBackup(l.db);
    const fresh = await laptop();
    const { plan, db } = await restore(fresh, file, key.identity);

    expect(plan.summary.tables.archive).toEqual({ inBackup: 3, dropped: 1 });
    expect(await db.archive.get('arch-past')).toBeUndefined();
    expect(readRow('archive', await db.archive.get('arch-kept')).deleteOn).toBe('2029-01-10');
  });

  it('never brings back a client archive entry erased on request after the backup', async () => {
    const l = await backedUpLaptop();
    const when = new Date('2026-03-12T08:00:00.000Z');
    const erased = await erasePerson(
      { db: l.db, now: when, actor: 'user-test' },
      { personType: 'candidate', id: 'arch-1', reason: 'request' },
    );
    expect(erased.ok).toBe(true);
    expect(await l.db.archive.get('arch-1')).toBeUndefined();
    const { plan, db } = await restore(l, l.file, l.key.identity);
    expect(plan.summary.dropped).toEqual([
      {
        personType: 'candidate',
        id: 'arch-1',
        reason: 'erased-on-this-laptop',
        since: when.toISOString(),
        label: null,
      },
    ]);
    expect(plan.summary.tables.archive).toEqual({ inBackup: 1, dropped: 1 });
    expect(await db.archive.get('arch-1')).toBeUndefined();
    expect(await db.candidates.count()).toBe(2);
  });

  it('keeps a person erased once and collected again later, with the same email', async () => {
    const l = await backedUpLaptop();
    const keys = identifierKeys({ emails: ['helene.muller@example.fr'] });
    await l.db.tombstones.add(
      tombstoneRow.parse({
        id: 'tomb-earlier',
        personType: 'candidate',
        erasedAt: '2025-06-01T10:00:00.000Z', // before cand-helene was created (2026-01-05)
        reason: 'request',
        identifierHashes: await hashIdentifierKeys(fixtureSalt, keys),
      }),
    );
    const { plan, db } = await restore(l, l.file, l.key.identity);
    expect(plan.summary.dropped).toEqual([]);
    expect(await db.candidates.get('cand-helene')).toBeDefined();
  });

  it('applies retention as of today with the app sweep: erase, archive (P8), spare the held', async () => {
    const l = await laptop();
    const ctx = { db: l.db, now: testNow, actor: 'user-test' };
    await fillEveryTable(ctx);
    const old = buildCandidate({ id: 'cand-old', collectedOn: '2025-06-01' });
    const placed = buildCandidate({ id: 'cand-placed', collectedOn: '2022-01-01' });
    const held = buildCandidate({ id: 'cand-held', collectedOn: '2025-06-01' });
    await l.db.candidates.bulkAdd([old, placed, held]);
    await l.db.applications.bulkAdd([
      buildApplication({ id: 'app-old', candidateId: 'cand-old', receivedOn: '2025-06-01' }),
      buildApplication({ id: 'app-held', candidateId: 'cand-held', receivedOn: '2025-06-01' }),
      buildApplication({
        id: 'app-placed',
        candidateId: 'cand-placed',
        missionId: 'mission-x',
        receivedOn: '2022-01-10',
        statuses: [
          ['received', '2022-01-10'],
          ['submitted', '2022-02-01'],
        ],
      }),
    ]);
    await l.db.holds.add({
      id: 'hold-held',
      personType: 'candidate',
      personId: 'cand-held',
      reason: 'legal-claim',
      note: '',
      startsOn: '2026-01-01',
      endsOn: null,
      requestId: null,
      liftedOn: null,
      createdAt: '2026-01-01T09:00:00.000Z',
    });
    for (const id of ['cand-old', 'cand-placed', 'cand-held']) {
      const date = await computeRetention(l.db, 'candidate', id);
      await l.db.candidates.update(id, { deleteOn: date!.deleteOn });
    }
    const key = await generateOfficeKey();
    const out = memorySink();
    await writeBackup(l.db, testNow, 'user-test', out.sink, { recipients: [key.recipient] });

    const fresh = await laptop();
    const plan = await planRestore(fresh.ctx, out.blob(), { identities: [key.identity] });
    if (!plan.ok) throw new Error(plan.error.reason);
    expect(plan.value.summary.dropped.map((d) => [d.id, d.reason, d.label])).toEqual([
      ['cand-old', 'retention', 'Hélène Müller'],
      ['cand-placed', 'retention-archive', 'Hélène Müller'],
    ]);
    expect(plan.value.summary.tables.applications).toEqual({ inBackup: 4, dropped: 2 });
    const applied = await applyRestore(fresh.ctx, fresh.pointer, plan.value);
    if (!applied.ok) throw new Error(applied.error.reason);
    expect(applied.value.sweep).toMatchObject({ erased: 1, archived: 1, held: 1 });
    const db = createDb(applied.value.activeName);
    expect((await db.candidates.toCollection().primaryKeys()).sort()).toEqual([
      'cand-held',
      'cand-helene',
      'cand-marc',
    ]);
    expect(await db.archive.get('cand-placed')).toMatchObject({ name: 'Hélène Müller' });
    expect(await isTombstoned(db, { ids: ['cand-old'] })).toBe(true);
    expect(await checkAuditLog(db)).toMatchObject({ intact: true });
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
