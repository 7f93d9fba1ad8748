import { describe, expect, it } from 'vitest';
import { createCandidate } from '../services/records';
import { testContext, testDb } from '../testing/db';
import { heleneInput } from '../testing/inputs';
import { buildCandidate } from '../testing/builders';
import { zeroHlc } from '../domain/sync/hlc';
import { enableOutbox, type OutboxClock } from './outbox';

const device = 'abcdef01';
function syncedDb() {
  const db = testDb();
  const clock: OutboxClock = {
    device,
    now: () => Date.parse('2026-03-12T09:30:00.000Z'),
    current: zeroHlc(device),
  };
  enableOutbox(db, clock);
  return { db, clock };
}

describe('outbox middleware', () => {
  it('records a service change and its audit entry in the outbox, in order, with rising stamps', async () => {
    const { db } = syncedDb();
    const created = await createCandidate(testContext(db), heleneInput);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const entries = await db.outbox.orderBy('seq').toArray();
    const ids = entries.map((e) => e.docId);
    expect(ids).toContain(`candidate:${created.value.id}`);
    expect(ids).toContain(`audit:${device}.1`);
    expect(entries.every((e) => e.op === 'put')).toBe(true);
    const stamps = entries.map((e) => e.hlc);
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
    // ids and stamps only: no field value of the person
    expect(JSON.stringify(entries)).not.toContain(created.value.identity.lastName);
  });

  it('a rolled-back service transaction leaves no outbox entry', async () => {
    const { db } = syncedDb();
    const ctx = testContext(db);
    await expect(
      db.transaction('rw', db.tables, async () => {
        const created = await createCandidate(ctx, heleneInput);
        expect(created.ok).toBe(true);
        expect(await db.outbox.count()).toBeGreaterThan(0); // written inside the transaction
        throw new Error('the use-case fails after its writes');
      }),
    ).rejects.toThrow('the use-case fails');
    expect(await db.candidates.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('records deletions, range deletions and modifications by key', async () => {
    const { db } = syncedDb();
    const [a, b, c] = [
      buildCandidate({ id: 'c-a' }),
      buildCandidate({ id: 'c-b' }),
      buildCandidate({ id: 'c-c' }),
    ];
    await db.candidates.bulkAdd([a, b, c]);
    await db.outbox.clear();
    await db.candidates.delete('c-a');
    await db.candidates.where('id').equals('c-b').modify({ deleteOn: '2027-01-01' });
    await db.candidates.clear();
    const entries = (await db.outbox.orderBy('seq').toArray()).map((e) => `${e.op} ${e.docId}`);
    expect(entries).toEqual([
      'delete candidate:c-a',
      'put candidate:c-b',
      'delete candidate:c-b',
      'delete candidate:c-c',
    ]);
  });

  it('does not record writes to tables that are not replicated', async () => {
    const { db } = syncedDb();
    await db.meta.put({ key: 'currentUserId', value: 'u1' });
    expect(await db.outbox.count()).toBe(0);
  });
});
