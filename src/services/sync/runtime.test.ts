import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../db/database';
import { getMeta } from '../../db/meta';
import { decodeHlc, compareHlc } from '../../domain/sync/hlc';
import type { VivierDb } from '../../db/database';
import { createCandidate as create } from '../records';
import { testContext, testDb } from '../../testing/db';
import { heleneInput } from '../../testing/inputs';
import { cookieJarFetch, startFirmHub, type Hub } from '../../testing/hub';
import { attachSync, connectToOffice, disconnectFromOffice, syncRound } from './runtime';

const alice = { name: 'alice', password: 'alice-pw' };
const bob = { name: 'bob', password: 'bob-pw' };
let hub: Hub;
beforeAll(async () => {
  hub = await startFirmHub([alice, bob]);
});
afterAll(async () => {
  await hub?.stop();
});

async function createCandidate(db: VivierDb): Promise<string> {
  const r = await create(testContext(db), heleneInput);
  if (!r.ok) throw new Error(r.error.reason);
  return r.value.id;
}
const listCandidatesForTest = async (db: VivierDb) =>
  (await db.candidates.toCollection().primaryKeys()).map(String);

const at = (iso: string) => () => Date.parse(iso);

describe('team sync on the app’s database', () => {
  it('a laptop working alone records no outbox entry and never calls the hub', async () => {
    const db = testDb();
    const rt = await attachSync(db, { now: at('2026-03-12T09:30:00Z') });
    await createCandidate(db);
    expect(await db.outbox.count()).toBe(0);
    expect(await syncRound(rt)).toBeNull();
    expect(rt.status.connection).toBeNull();
  });

  it('keeps the device id and the clock across a restart, even when the wall clock went back', async () => {
    const db = testDb();
    const fetch = cookieJarFetch();
    const first = await attachSync(db, { now: at('2026-03-12T09:30:00Z'), fetch });
    await db.meta.put({
      key: 'syncConnection',
      value: { address: hub.url, db: 'vivier', name: 'alice' },
    });
    first.clock.enabled = true;
    await createCandidate(db);
    const stamped = (await db.outbox.orderBy('seq').last())!.hlc;
    db.close();

    const again = createDb(db.name);
    const second = await attachSync(again, { now: at('2026-03-12T08:00:00Z'), fetch });
    expect(second.clock.device).toBe(first.clock.device);
    expect(await getMeta(again, 'syncDevice')).toBe(first.clock.device);
    expect(second.clock.enabled).toBe(true);
    await createCandidate(again);
    const next = (await again.outbox.orderBy('seq').last())!.hlc;
    expect(compareHlc(decodeHlc(next)!, decodeHlc(stamped)!)).toBe(1);
  });

  it('refuses bad input field by field and a wrong password as such, changing nothing', async () => {
    const db = testDb();
    const rt = await attachSync(db, { fetch: cookieJarFetch() });
    const bad = await connectToOffice(rt, { address: 'ftp:x', name: ' ', password: '' });
    expect(bad.ok).toBe(false);
    if (!bad.ok && bad.error.reason === 'invalid')
      expect(bad.error.issues.map((i) => i.path).sort()).toEqual(['address', 'name', 'password']);
    else throw new Error('expected field issues');
    const wrong = await connectToOffice(rt, { address: hub.url, name: 'alice', password: 'nope' });
    expect(wrong).toEqual({ ok: false, error: { reason: 'hub-unauthorized' } });
    expect(await getMeta(db, 'syncConnection')).toBeUndefined();
    expect(rt.clock.enabled).toBe(false);
  });

  it('connecting queues what the laptop already holds; the other laptop receives it; disconnecting forgets the hub', async () => {
    const a = testDb();
    const b = testDb();
    const ra = await attachSync(a, { fetch: cookieJarFetch() });
    const rb = await attachSync(b, { fetch: cookieJarFetch() });
    const id = await createCandidate(a); // made while alone
    expect((await connectToOffice(ra, { address: hub.url, ...alice })).ok).toBe(true);
    expect(await a.outbox.where('docId').equals(`candidate:${id}`).count()).toBeGreaterThan(0);
    expect((await syncRound(ra))?.ok).toBe(true);
    expect(await a.outbox.count()).toBe(0);
    expect(await getMeta(a, 'syncLastAt')).toBeDefined();

    expect((await connectToOffice(rb, { address: hub.url, ...bob })).ok).toBe(true);
    expect((await syncRound(rb))?.ok).toBe(true);
    expect(await listCandidatesForTest(b)).toContain(id);
    expect(rb.clock.device).not.toBe(ra.clock.device);

    await disconnectFromOffice(rb);
    expect(await getMeta(b, 'syncConnection')).toBeUndefined();
    expect(await b.syncDocs.count()).toBe(0);
    await createCandidate(b);
    expect(await b.outbox.count()).toBe(0);
    expect(await listCandidatesForTest(b)).toContain(id);
  });
});
