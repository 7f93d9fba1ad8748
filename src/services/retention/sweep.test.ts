import { readRow } from '../../db/rows';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../domain/settings';
import {
  buildCandidate,
  buildContact,
  buildMission,
  buildOrganisation,
  buildReferee,
} from '../../testing/builders';
import { testContext, testDb } from '../../testing/db';
import { countReads } from '../../testing/read-counter';
import { buildHold, withSalt } from '../../testing/retention-builders';
import { at, peopleSnapshot, seedCandidate } from '../../testing/retention-seed';
import { refreshDeleteOn, retentionTables } from './dates';
import { expiringSoon } from './expiring';
import { lastSweep, runSweep } from './sweep';

async function setup() {
  const ctx = testContext();
  await withSalt(ctx.db);
  return ctx;
}

const general = (on: string) => ({
  missionId: null,
  statuses: [['received', on]] as [never, string][],
});

describe('runSweep', () => {
  it('P7: a general application is kept 3 months and erased the day after', async () => {
    const ctx = await setup();
    const c = await seedCandidate(ctx, [
      { missionId: null, statuses: [['received', '2026-01-05']] },
    ]);
    expect(c.deleteOn).toBe('2026-04-05');

    expect(await runSweep(at(ctx, '2026-04-05'))).toMatchObject({ erased: 0 });
    expect(await ctx.db.candidates.get(c.id)).toBeDefined();

    expect(await runSweep(at(ctx, '2026-04-06'))).toMatchObject({ erased: 1, today: '2026-04-06' });
    expect(await ctx.db.candidates.get(c.id)).toBeUndefined();
    expect(await ctx.db.tombstones.count()).toBe(1);
    expect((await ctx.db.tombstones.toArray())[0]).toMatchObject({
      reason: 'retention',
      rule: 'P7',
    });
  });

  it('P7/P8: a hired candidate goes to the client archive after 3 years, and the archive after its own period', async () => {
    const ctx = await setup();
    const client = buildOrganisation({ name: 'Stahlwerk Saar GmbH' });
    const mission = buildMission({ clientId: client.id, position: 'Directeur financier' });
    await ctx.db.organisations.add(client);
    await ctx.db.missions.add(mission);
    const c = await seedCandidate(ctx, [
      {
        missionId: mission.id,
        statuses: [
          ['received', '2026-01-05'],
          ['submitted', '2026-02-01'],
          ['hired', '2026-04-30'],
        ],
      },
    ]);
    expect(c.deleteOn).toBe('2029-04-30');
    expect(await runSweep(at(ctx, '2029-04-30'))).toMatchObject({ archived: 0 });
    expect(await runSweep(at(ctx, '2029-05-01'))).toMatchObject({ archived: 1, erased: 0 });
    expect(await ctx.db.candidates.get(c.id)).toBeUndefined();
    expect(await ctx.db.archive.get(c.id)).toMatchObject({
      name: 'Hélène Müller',
      deleteOn: '2034-04-30',
      placements: [{ client: 'Stahlwerk Saar GmbH', hiredOn: '2026-04-30' }],
    });
    expect(await runSweep(at(ctx, '2034-04-30'))).toMatchObject({ archiveErased: 0 });
    expect(await runSweep(at(ctx, '2034-05-01'))).toMatchObject({ archiveErased: 1 });
    expect(await ctx.db.archive.count()).toBe(0);
  });

  it('erases instead of archiving when the setting is off', async () => {
    const ctx = await setup();
    await ctx.db.settings.put({
      ...defaultSettings,
      retention: { ...defaultSettings.retention, archiveSubmittedOrHired: false },
    });
    await seedCandidate(ctx, [
      {
        missionId: 'm1',
        statuses: [
          ['received', '2026-01-05'],
          ['hired', '2026-02-01'],
        ],
      },
    ]);
    expect(await runSweep(at(ctx, '2029-02-02'))).toMatchObject({ erased: 1, archived: 0 });
    expect(await ctx.db.archive.count()).toBe(0);
  });

  it('respects a hold until it ends, and a hold on a referee protects the candidate', async () => {
    const ctx = await setup();
    const held = await seedCandidate(ctx, [general('2026-01-05')]);
    const viaReferee = await seedCandidate(ctx, [general('2026-01-05')]);
    const referee = buildReferee({ candidateId: viaReferee.id });
    await ctx.db.referees.add(referee);
    await ctx.db.transaction('rw', retentionTables(ctx.db), async () =>
      refreshDeleteOn(ctx, 'candidate', viaReferee.id),
    );
    await ctx.db.holds.bulkAdd([
      buildHold({ personId: held.id, endsOn: '2026-06-30' }),
      buildHold({ personType: 'referee', personId: referee.id, endsOn: '2026-06-30' }),
    ]);
    // both candidates and the referee (a person too) are due and held
    expect(await runSweep(at(ctx, '2026-05-01'))).toMatchObject({ erased: 0, held: 3 });
    expect(await ctx.db.candidates.count()).toBe(2);
    // the holds expire: the next sweep erases
    expect(await runSweep(at(ctx, '2026-07-01'))).toMatchObject({ erased: 2, held: 0 });
    expect(await ctx.db.candidates.count()).toBe(0);
    expect(await ctx.db.referees.count()).toBe(0);
  });

  it('reads only the people whose date has passed, through the index', async () => {
    const db = testDb();
    const counts = countReads(db);
    const ctx = testContext(db);
    await withSalt(db);
    const keep = Array.from({ length: 400 }, () => buildCandidate({ deleteOn: '2027-01-01' }));
    await db.candidates.bulkAdd(keep);
    for (let i = 0; i < 3; i++) await seedCandidate(ctx, [general('2026-01-05')]);
    counts.clear();
    const record = await runSweep(at(ctx, '2026-05-01'), { batchSize: 2 });
    expect(record.erased).toBe(3);
    // 3 keys from the index, then a few reads of each due person: never the 400 others
    expect(counts.get('candidates') ?? 0).toBeLessThanOrEqual(3 * 6);
    expect(counts.get('candidates') ?? 0).toBeGreaterThan(0);
    expect(await db.candidates.count()).toBe(400);
  });

  it('works in small batches, each its own transaction, yielding between them', async () => {
    const ctx = await setup();
    for (let i = 0; i < 5; i++) await seedCandidate(ctx, [general('2026-01-05')]);
    const seen: number[] = [];
    await runSweep(at(ctx, '2026-05-01'), {
      batchSize: 2,
      pause: async () => {
        // between batches the work done so far is committed and visible
        seen.push(await ctx.db.candidates.count());
      },
    });
    expect(seen).toEqual([3, 1, 0]);
  });

  it('is idempotent: a second sweep, or one with the clock gone back, changes nothing', async () => {
    const ctx = await setup();
    await seedCandidate(ctx, [general('2026-01-05')]);
    await seedCandidate(ctx, [general('2026-02-20')]);
    await seedCandidate(ctx, [{ missionId: 'm1', statuses: [['received', '2026-01-05']] }]);
    await runSweep(at(ctx, '2026-05-10'));
    const once = await peopleSnapshot(ctx.db);
    expect(once.candidates).toHaveLength(2);
    expect(await runSweep(at(ctx, '2026-05-10'))).toMatchObject({ erased: 0 });
    expect(await peopleSnapshot(ctx.db)).toEqual(once);
    // the clock jumps back two months: nobody comes back, nobody else goes
    expect(await runSweep(at(ctx, '2026-03-01'))).toMatchObject({ erased: 0, today: '2026-03-01' });
    expect(await peopleSnapshot(ctx.db)).toEqual(once);
  });

  it('never trusts a stale stored date to erase early: it recomputes and heals it', async () => {
    const ctx = await setup();
    const c = await seedCandidate(ctx, [general('2026-01-05')]);
    // a position application recorded without refreshing the date (a bug elsewhere)
    await ctx.db.applications.add({
      ...readRow(
        'applications',
        await ctx.db.applications.where('candidateId').equals(c.id).first(),
      ),
      id: 'late-app',
      missionId: 'm1',
      receivedOn: '2026-03-01',
      events: [
        { status: 'received', on: '2026-03-01', at: '2026-03-01T09:00:00.000Z', by: 'u', note: '' },
      ],
    });
    expect(await runSweep(at(ctx, '2026-05-01'))).toMatchObject({ erased: 0 });
    expect((await ctx.db.candidates.get(c.id))?.deleteOn).toBe('2029-03-01');
  });

  it('erases client contacts 3 years after the last contact', async () => {
    const ctx = await setup();
    const contact = buildContact({ lastContactOn: '2026-03-12' });
    await ctx.db.contacts.add(contact);
    await ctx.db.transaction('rw', retentionTables(ctx.db), async () =>
      refreshDeleteOn(ctx, 'contact', contact.id),
    );
    expect(await runSweep(at(ctx, '2029-03-12'))).toMatchObject({ erased: 0 });
    expect(await runSweep(at(ctx, '2029-03-13'))).toMatchObject({ erased: 1 });
    expect(await ctx.db.contacts.count()).toBe(0);
  });

  it('records the last sweep, and audits one that changed something', async () => {
    const ctx = await setup();
    await seedCandidate(ctx, [general('2026-01-05')]);
    const first = await runSweep(at(ctx, '2026-05-01T03:00:00.000Z'));
    expect(await lastSweep(ctx.db)).toEqual({
      at: '2026-05-01T03:00:00.000Z',
      today: '2026-05-01',
      erased: 1,
      archived: 0,
      held: 0,
      archiveErased: 0,
    });
    expect(first.erased).toBe(1);
    const entries = await ctx.db.auditLog.where('action').equals('retention.sweep').toArray();
    expect(entries).toHaveLength(1);
    await runSweep(at(ctx, '2026-05-01T04:00:00.000Z'));
    expect(await ctx.db.auditLog.where('action').equals('retention.sweep').count()).toBe(1);
    expect((await lastSweep(ctx.db))?.at).toBe('2026-05-01T04:00:00.000Z');
  });
});

describe('expiringSoon', () => {
  it('lists people due within the warning window with the reason, through the index', async () => {
    const ctx = await setup();
    const soon = await seedCandidate(ctx, [general('2026-01-05')]); // 2026-04-05
    await seedCandidate(ctx, [general('2026-02-05')]); // 2026-05-05: outside
    await seedCandidate(ctx, [general('2025-12-01')]); // 2026-03-01: already past
    const list = await expiringSoon(ctx.db, '2026-03-25', 14);
    expect(list).toEqual([
      {
        personType: 'candidate',
        id: soon.id,
        name: 'Hélène Müller',
        deleteOn: '2026-04-05',
        daysLeft: 11,
        because: [expect.objectContaining({ event: 'general-received', rule: 'P7' })],
        held: false,
      },
    ]);
  });
});
