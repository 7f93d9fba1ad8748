import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addAttachment, createCandidate } from '../services/records';
import { erasePerson } from '../services/erasure';
import { testContext, testDb } from '../testing/db';
import { heleneInput } from '../testing/inputs';
import { startHub, type Hub } from '../testing/hub';
import { zeroHlc } from '../domain/sync/hlc';
import type { VivierDb } from '../db/database';
import { getMeta } from '../db/meta';
import { readRow } from '../db/rows';
import { createCouchClient, type CouchClient } from './couch-client';
import { enableOutbox, type OutboxClock } from './outbox';
import { firstRevision, syncOnce, type SyncContext } from './replicator';

/**
 * Two laptops (two fake-indexeddb databases, each with its outbox) replicating through a running
 * hub (pouchdb-server with the Vivier design document), as the office's laptops will through
 * CouchDB.
 */
const alice = { name: 'alice', password: 'alice-pw' };
const bob = { name: 'bob', password: 'bob-pw' };

let hub: Hub;
let dbName: string;
let n = 0;
beforeAll(async () => {
  hub = await startHub();
  await hub.createUser(alice.name, alice.password);
  await hub.createUser(bob.name, bob.password);
});
afterAll(async () => {
  await hub?.stop();
});
beforeEach(async () => {
  n += 1;
  dbName = `firm-${n}`;
  await hub.createDatabase(dbName);
});

type Laptop = {
  db: VivierDb;
  ctx: SyncContext;
  clock: OutboxClock;
  hub: CouchClient;
  setNow: (iso: string) => void;
};

async function laptop(
  user: typeof alice,
  device: string,
  fetchImpl?: typeof fetch,
): Promise<Laptop> {
  let now = Date.parse('2026-03-12T09:30:00.000Z');
  const clock: OutboxClock = { device, now: () => now, current: zeroHlc(device) };
  const db = testDb();
  enableOutbox(db, clock);
  const client = createCouchClient({
    root: hub.url,
    db: dbName,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
  const login = await client.login(user.name, user.password);
  expect(login).toEqual({ ok: true, value: { name: user.name } });
  return {
    db,
    clock,
    hub: client,
    ctx: { db, hub: client, clock, author: user.name },
    setNow: (iso) => {
      now = Date.parse(iso);
    },
  };
}

async function sync(l: Laptop) {
  const r = await syncOnce(l.ctx);
  expect(r.ok).toBe(true);
  return r;
}

const serviceCtx = (l: Laptop) => ({
  ...testContext(l.db, new Date(l.clock.now())),
  actor: `user-${l.clock.device}`,
});

/** A creates a candidate, both laptops sync: the common start of the concurrent cases. */
async function bothHoldingOneCandidate() {
  const a = await laptop(alice, 'aaaaaaaa');
  const b = await laptop(bob, 'bbbbbbbb');
  const created = await createCandidate(serviceCtx(a), heleneInput);
  if (!created.ok) throw new Error('create failed');
  await sync(a);
  await sync(b);
  return { a, b, id: created.value.id };
}

describe('replication between two laptops through the hub', () => {
  it('a candidate created on A, with its CV, appears on B byte for byte, and A’s audit chain with it', async () => {
    const a = await laptop(alice, 'aaaaaaaa');
    const b = await laptop(bob, 'bbbbbbbb');
    const created = await createCandidate(serviceCtx(a), heleneInput);
    if (!created.ok) throw new Error('create failed');
    // a PDF head, then 100 KiB of every byte value: base64 in chunks, binary back
    const cv = new Uint8Array(100 * 1024 + 9);
    cv.set([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a]);
    for (let i = 9; i < cv.length; i++) cv[i] = (i * 7919) % 256;
    const added = await addAttachment(serviceCtx(a), {
      ownerType: 'candidate',
      ownerId: created.value.id,
      kind: 'cv',
      name: 'cv.pdf',
      blob: new Blob([cv], { type: 'application/pdf' }),
    });
    expect(added.ok).toBe(true);
    await sync(a);
    expect(await a.db.outbox.count()).toBe(0);
    await sync(b);
    expect(await b.db.candidates.get(created.value.id)).toEqual(
      await a.db.candidates.get(created.value.id),
    );
    const onB = readRow('attachments', (await b.db.attachments.toArray())[0]);
    expect(new Uint8Array(await onB.blob.arrayBuffer())).toEqual(cv);
    expect(onB.sha256).toBe((await a.db.attachments.toArray())[0]!.sha256);
    // B keeps A's audit entries as A's own chain, apart from its own log
    expect(await b.db.auditLog.count()).toBe(0);
    expect(
      (await b.db.peerAudit.where('device').equals('aaaaaaaa').toArray()).map((e) => e.seq),
    ).toEqual((await a.db.auditLog.toArray()).map((e) => e.seq));
    // applying pulled changes wrote nothing to B's outbox: nothing echoes back
    expect(await b.db.outbox.count()).toBe(0);
    const hubDoc = await hub.asAdmin('GET', `/${dbName}/candidate:${created.value.id}`);
    expect((hubDoc.json as { _rev: string; author: string })._rev).toBe(firstRevision);
    expect((hubDoc.json as { author: string }).author).toBe('alice');
  });

  it('concurrent edits converge to the same record on both laptops; a restriction survives a later edit', async () => {
    const { a, b, id } = await bothHoldingOneCandidate();
    // both offline: A restricts (its clock earlier), B edits another field later
    a.setNow('2026-03-13T09:00:00.000Z');
    b.setNow('2026-03-13T17:00:00.000Z');
    await a.db.candidates.update(id, { restricted: { since: '2026-03-13', requestId: null } });
    await b.db.candidates.update(id, {
      notes: 'Met at the Lyon fair',
      updatedAt: '2026-03-13T17:00:00.000Z',
    });
    await sync(a);
    await sync(b); // B's push conflicts, its pull merges, its second push writes the merge
    await sync(a);
    const onA = await a.db.candidates.get(id);
    const onB = await b.db.candidates.get(id);
    expect(onA).toEqual(onB);
    expect(onA?.restricted).toEqual({ since: '2026-03-13', requestId: null });
    expect(onA?.notes).toBe('Met at the Lyon fair');
    expect(await a.db.outbox.count()).toBe(0);
    expect(await b.db.outbox.count()).toBe(0);
  });

  it('an erasure on A while B edits the person offline: the person is gone on both and on the hub', async () => {
    const { a, b, id } = await bothHoldingOneCandidate();
    b.setNow('2027-03-13T09:00:00.000Z'); // B's clock a year ahead: erasure wins all the same
    await b.db.candidates.update(id, { deleteOn: '2030-01-01' });
    const erased = await erasePerson(serviceCtx(a), {
      personType: 'candidate',
      id,
      reason: 'request',
    });
    expect(erased.ok).toBe(true);
    await sync(b); // B pushes its edit first: the hub takes it
    await sync(a); // A's deletion conflicts, the merge says erased, A deletes on the new revision
    await sync(b);
    expect(await a.db.candidates.get(id)).toBeUndefined();
    expect(await b.db.candidates.get(id)).toBeUndefined();
    expect((await hub.asAdmin('GET', `/${dbName}/candidate:${id}`)).status).toBe(404);
    const leaves = await hub.asAdmin('GET', `/${dbName}/candidate:${id}?open_revs=all`);
    expect(leaves.json).toEqual([
      { ok: { _id: `candidate:${id}`, _rev: expect.any(String), _deleted: true } },
    ]);
    // B holds A's tombstone (salted hashes only), so an import can recognise the person
    expect(await b.db.tombstones.count()).toBe(1);
    expect(await b.db.outbox.count()).toBe(0);
  });

  it.each([
    ['B syncs after A', false],
    ['B sends its CV before it learns of the erasure', true],
  ])(
    'what B recorded offline about a person A erased goes too, on both and on the hub (%s)',
    async (_case, bFirst) => {
      const { a, b, id } = await bothHoldingOneCandidate();
      const cv = await addAttachment(serviceCtx(b), {
        ownerType: 'candidate',
        ownerId: id,
        kind: 'cv',
        name: 'cv.pdf',
        blob: new Blob(
          [new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x25])],
          {
            type: 'application/pdf',
          },
        ),
      });
      if (!cv.ok) throw new Error('attachment failed');
      const erased = await erasePerson(serviceCtx(a), {
        personType: 'candidate',
        id,
        reason: 'request',
      });
      expect(erased.ok).toBe(true);
      if (bFirst) await sync(b); // the hub takes B's CV of a person it does not know is erased
      await sync(a);
      await sync(a); // A's pull met the CV: its deletion goes out on the next push
      await sync(b);
      await sync(b);
      await sync(a);
      for (const l of [a, b]) {
        expect(await l.db.candidates.get(id)).toBeUndefined();
        expect(await l.db.attachments.get(cv.value.id)).toBeUndefined();
        expect(await l.db.outbox.count()).toBe(0);
      }
      const onHub = await hub.asAdmin('GET', `/${dbName}/attachment:${cv.value.id}`);
      expect(onHub.status).toBe(404);
      // A's Art. 19 to-dos and tombstone reached B; B wrote none of its own
      expect(await b.db.tombstones.count()).toBe(await a.db.tombstones.count());
      expect(await b.db.notificationTasks.count()).toBe(await a.db.notificationTasks.count());
    },
  );

  it('recomputes every derived field of a pulled person instead of believing the sender', async () => {
    const { a, b, id } = await bothHoldingOneCandidate();
    const honest = readRow('candidates', await b.db.candidates.get(id));
    // A's row carries a far deletion date and search keys of another name (an older version, a
    // bug, a hand edit): derived fields are each laptop's own to compute
    await a.db.candidates.update(id, {
      identity: { ...honest.identity, firstName: 'Hélène-Marie' },
      deleteOn: '2099-12-31',
      sortName: 'zzz',
      listKeys: ['n:zzz'],
    });
    await sync(a);
    await sync(b);
    const pulled = readRow('candidates', await b.db.candidates.get(id));
    expect(pulled.identity.firstName).toBe('Hélène-Marie');
    expect(pulled.deleteOn).toBe(honest.deleteOn);
    expect(pulled.sortName).not.toBe('zzz');
    expect(pulled.listKeys).not.toContain('n:zzz');
    expect(pulled.listKeys.some((k) => k.includes('helene'))).toBe(true);
    // recomputing on arrival is not a change of B's own: nothing goes back to the hub
    expect(await b.db.outbox.count()).toBe(0);
  });

  it('sets aside a document from the hub that fails its schema, applies the rest, and moves on', async () => {
    const a = await laptop(alice, 'aaaaaaaa');
    const b = await laptop(bob, 'bbbbbbbb');
    const bad = {
      _id: 'candidate:bad-1',
      _rev: firstRevision,
      kind: 'candidate',
      hlc: `${'1'.padStart(15, '0')}.000000.cccccccc`,
      device: 'cccccccc',
      author: 'admin',
      marks: [],
      body: { id: 'bad-1', identity: { firstName: 'X' } },
    };
    const pushed = await hub.asAdmin('POST', `/${dbName}/_bulk_docs`, {
      new_edits: false,
      docs: [bad],
    });
    expect(pushed.status).toBe(201);
    const created = await createCandidate(serviceCtx(a), heleneInput);
    if (!created.ok) throw new Error('create failed');
    await sync(a);
    const r = await syncOnce(b.ctx);
    expect(r.ok && r.value.quarantined).toBe(1);
    const setAside = await b.db.syncQuarantine.toArray();
    expect(setAside.map((q) => [q.docId, q.reason])).toEqual([['candidate:bad-1', 'invalid-body']]);
    expect(await b.db.candidates.get('bad-1')).toBeUndefined();
    expect(await b.db.candidates.get(created.value.id)).toBeDefined();
    // the checkpoint moved past it: the next sync does not stumble on it again
    expect(await syncOnce(b.ctx)).toMatchObject({ ok: true, value: { quarantined: 0 } });
  });

  it('resolves a conflict the hub holds: merged winner written, losing revisions deleted', async () => {
    n += 1;
    dbName = `firm-${n}-nodesign`;
    await hub.createDatabase(dbName, { design: false }); // a hub that held conflicts before the rule
    const a = await laptop(alice, 'aaaaaaaa');
    const created = await createCandidate(serviceCtx(a), heleneInput);
    if (!created.ok) throw new Error('create failed');
    await sync(a);
    const docId = `candidate:${created.value.id}`;
    const current = (await hub.asAdmin('GET', `/${dbName}/${docId}`)).json as Record<
      string,
      unknown
    >;
    // a second branch from the first revision: an objection, stamped earlier than the first edit
    const branch = {
      ...current,
      _rev: `2-${'b'.repeat(32)}`,
      _revisions: { start: 2, ids: ['b'.repeat(32), '0'.repeat(32)] },
      hlc: `${String(Date.parse('2026-03-12T09:31:00.000Z')).padStart(15, '0')}.000000.bbbbbbbb`,
      device: 'bbbbbbbb',
      marks: [
        {
          flag: 'objected',
          op: 'set',
          tag: `${String(Date.parse('2026-03-12T09:31:00.000Z')).padStart(15, '0')}.000000.bbbbbbbb`,
          value: { since: '2026-03-12', requestId: null },
        },
      ],
      body: { ...(current.body as object), objected: { since: '2026-03-12', requestId: null } },
    };
    const edit = {
      ...current,
      _rev: firstRevision,
      hlc: `${String(Date.parse('2026-03-12T10:00:00.000Z')).padStart(15, '0')}.000000.aaaaaaaa`,
      body: { ...(current.body as object), notes: 'Prefers Munich' },
    };
    expect((await hub.asAdmin('PUT', `/${dbName}/${docId}`, edit)).status).toBe(201);
    expect(
      (await hub.asAdmin('POST', `/${dbName}/_bulk_docs`, { new_edits: false, docs: [branch] }))
        .status,
    ).toBe(201);
    const before = (await hub.asAdmin('GET', `/${dbName}/${docId}?conflicts=true`)).json as {
      _conflicts?: string[];
    };
    expect(before._conflicts).toHaveLength(1);

    const b = await laptop(bob, 'bbbbbbbb');
    await sync(b);
    const after = (await hub.asAdmin('GET', `/${dbName}/${docId}?conflicts=true`)).json as {
      _conflicts?: string[];
      body: { objected: unknown; notes: string };
    };
    expect(after._conflicts).toBeUndefined();
    expect(after.body.objected).toEqual({ since: '2026-03-12', requestId: null });
    expect(after.body.notes).toBe('Prefers Munich');
    expect(await b.db.candidates.get(created.value.id)).toMatchObject({
      objected: { since: '2026-03-12' },
      notes: 'Prefers Munich',
    });
  });
});

describe('replication failures are values, and nothing is lost', () => {
  it('a wrong password is "unauthorized"', async () => {
    const client = createCouchClient({ root: hub.url, db: dbName });
    expect(await client.login('alice', 'wrong')).toEqual({
      ok: false,
      error: { reason: 'unauthorized', status: 401 },
    });
  });

  it('hub down, 500, garbage: a typed failure; the outbox and the checkpoint stay as they were', async () => {
    let mode: 'up' | 'down' | '500' | 'garbage' = 'up';
    const flaky: typeof fetch = async (input, init) => {
      if (mode === 'down') throw new TypeError('fetch failed');
      if (mode === '500') return new Response('{"error":"internal"}', { status: 500 });
      if (mode === 'garbage') return new Response('<html>proxy error</html>', { status: 200 });
      return fetch(input, init);
    };
    const a = await laptop(alice, 'aaaaaaaa', flaky);
    await createCandidate(serviceCtx(a), heleneInput);
    const waiting = await a.db.outbox.count();
    expect(waiting).toBeGreaterThan(0);
    for (const [m, error] of [
      ['down', { reason: 'offline' }],
      ['500', { reason: 'server-error', status: 500 }],
      ['garbage', { reason: 'bad-response', status: 200 }],
    ] as const) {
      mode = m;
      expect(await syncOnce(a.ctx)).toEqual({ ok: false, error });
      expect(await a.db.outbox.count()).toBe(waiting);
      expect(await getMeta(a.db, 'syncCheckpoint')).toBeUndefined();
    }
    mode = 'up';
    expect(await syncOnce(a.ctx)).toMatchObject({ ok: true, value: { waiting: 0 } });
  });

  it('writes without a session are refused by the hub: counted, kept in the outbox', async () => {
    const a = await laptop(alice, 'aaaaaaaa');
    await createCandidate(serviceCtx(a), heleneInput);
    const waiting = await a.db.outbox.count();
    const loggedOut = createCouchClient({ root: hub.url, db: dbName });
    const r = await syncOnce({ ...a.ctx, hub: loggedOut });
    expect(r).toMatchObject({ ok: true, value: { pushed: 0, waiting } });
    expect(r.ok && r.value.refused).toBeGreaterThan(0);
    expect((await hub.asAdmin('GET', `/${dbName}/_all_docs`)).json).toMatchObject({
      rows: [expect.objectContaining({ id: '_design/vivier' })],
    });
  });
});
