import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFirmHub, type Hub } from '../testing/hub';

/**
 * The design document's validate function, against a running hub (pouchdb-server, as in CI):
 * every refusal and every path the replicator relies on. deploy/couchdb/README.md says why each
 * rule holds on CouchDB as well.
 */
const FIRST = `1-${'0'.repeat(32)}`;
const alice = { name: 'alice', password: 'alice-pw' };
const bob = { name: 'bob', password: 'bob-pw' };
const db = '/vivier';
const device = 'aaaaaaaa';
const hlc = `${'1'.padStart(15, '0')}.000000.${device}`;

let hub: Hub;
beforeAll(async () => {
  hub = await startFirmHub([alice, bob]);
});
afterAll(async () => {
  await hub?.stop();
});

let n = 0;
const doc = (over: Record<string, unknown> = {}) => {
  n += 1;
  return {
    _id: `candidate:test-${n}`,
    kind: 'candidate',
    hlc,
    device,
    author: alice.name,
    body: { id: `test-${n}` },
    ...over,
  };
};

type Row = { id: string; rev?: string; error?: string; reason?: string };
/** Pushes as a replicator does (new_edits=false) and returns the one row of the answer. */
async function pushBranch(
  user: typeof alice,
  d: Record<string, unknown>,
): Promise<{ status: number; row: Row | undefined }> {
  const r = await hub.as(user, 'POST', `${db}/_bulk_docs`, { new_edits: false, docs: [d] });
  return { status: r.status, row: (r.json as Row[])[0] };
}

/** Creates a document the allowed way: its constant first revision. */
async function create(d = doc()) {
  const r = await pushBranch(alice, { ...d, _rev: FIRST });
  expect(r.status).toBe(201);
  expect(r.row).toBeUndefined(); // new_edits=false answers only failures
  return d;
}

async function erase(id: string, rev: string) {
  const r = await hub.as(alice, 'PUT', `${db}/${id}`, { _id: id, _rev: rev, _deleted: true });
  expect(r.status).toBe(201);
  return (r.json as { rev: string }).rev;
}

const reasonOf = (json: unknown) => String((json as { reason?: string }).reason ?? '');

describe('hub validate function: allowed paths', () => {
  it('creates with the first revision, updates on the revision in force, erases with a bare deletion', async () => {
    const d = await create();
    const got = await hub.as(alice, 'GET', `${db}/${d._id}`);
    expect((got.json as { _rev: string })._rev).toBe(FIRST);
    const updated = await hub.as(bob, 'PUT', `${db}/${d._id}`, {
      ...d,
      _rev: FIRST,
      author: bob.name,
      hlc: hlc.replace('000000', '000001'),
    });
    expect(updated.status).toBe(201);
    const rev2 = (updated.json as { rev: string }).rev;
    await erase(d._id, rev2);
    expect((await hub.as(alice, 'GET', `${db}/${d._id}`)).status).toBe(404);
  });

  it('the first revision pushed again after an erasure changes nothing: the document stays erased', async () => {
    const d = await create();
    await erase(d._id, FIRST);
    const again = await pushBranch(alice, { ...d, _rev: FIRST });
    // pouchdb-server validates and ignores it; CouchDB ignores it without validating (README)
    expect(again.status).toBe(201);
    expect((await hub.as(alice, 'GET', `${db}/${d._id}`)).status).toBe(404);
    const leaves = await hub.asAdmin('GET', `${db}/${d._id}?open_revs=all`);
    expect(leaves.json).toEqual([
      { ok: { _id: d._id, _rev: expect.stringMatching(/^2-/), _deleted: true } },
    ]);
  });
});

describe('hub validate function: refusals', () => {
  it('refuses an interactive creation (no revision): creation is only by the first revision', async () => {
    const d = doc();
    const r = await hub.as(alice, 'PUT', `${db}/${d._id}`, d);
    expect(r.status).toBe(403);
    expect(reasonOf(r.json)).toMatch(/^revision-refused/);
  });

  it('refuses a deletion revision that carries any other field', async () => {
    const d = await create();
    const r = await hub.as(alice, 'PUT', `${db}/${d._id}`, {
      _id: d._id,
      _rev: FIRST,
      _deleted: true,
      body: d.body,
    });
    expect(r.status).toBe(403);
    expect(reasonOf(r.json)).toMatch(/^erasure-carries-data/);
    const viaBulk = await hub.as(alice, 'POST', `${db}/_bulk_docs`, {
      docs: [{ _id: d._id, _rev: FIRST, _deleted: true, hlc }],
    });
    expect((viaBulk.json as Row[])[0]?.error).toBe('forbidden');
    expect((await hub.as(alice, 'GET', `${db}/${d._id}`)).status).toBe(200);
  });

  it('refuses to undelete an erased document on its deletion revision', async () => {
    const d = await create();
    const deletion = await erase(d._id, FIRST);
    const r = await hub.as(alice, 'PUT', `${db}/${d._id}`, { ...d, _rev: deletion });
    expect(r.status).toBe(403);
    expect((await hub.as(alice, 'GET', `${db}/${d._id}`)).status).toBe(404);
  });

  it('refuses to re-create an erased id without a revision', async () => {
    const d = await create();
    await erase(d._id, FIRST);
    const r = await hub.as(alice, 'PUT', `${db}/${d._id}`, d);
    expect(r.status).toBe(403);
    expect((await hub.as(alice, 'GET', `${db}/${d._id}`)).status).toBe(404);
  });

  it('refuses a replicated branch that would revive an erased document (a stale laptop, clock a year ahead)', async () => {
    const d = await create();
    await erase(d._id, FIRST);
    const ahead = `${String(Date.parse('2027-12-01')).padStart(15, '0')}.000000.${device}`;
    const branch = {
      ...d,
      hlc: ahead,
      _rev: `3-${'c'.repeat(32)}`,
      _revisions: { start: 3, ids: ['c'.repeat(32), 'b'.repeat(32), '0'.repeat(32)] },
    };
    const r = await pushBranch(alice, branch);
    expect(r.row?.error).toBe('forbidden');
    const root = await pushBranch(alice, { ...d, hlc: ahead, _rev: `1-${'d'.repeat(32)}` });
    expect(root.row?.error).toBe('forbidden');
    expect((await hub.as(alice, 'GET', `${db}/${d._id}`)).status).toBe(404);
    const leaves = await hub.asAdmin('GET', `${db}/${d._id}?open_revs=all`);
    expect(
      (leaves.json as { ok: { _deleted?: boolean } }[]).every((l) => l.ok._deleted === true),
    ).toBe(true);
  });

  it('refuses a replicated conflict branch on a live document: no one makes a conflict on the hub', async () => {
    const d = await create();
    const r = await pushBranch(alice, {
      ...d,
      _rev: `2-${'e'.repeat(32)}`,
      _revisions: { start: 2, ids: ['e'.repeat(32), '0'.repeat(32)] },
    });
    expect(r.row?.error).toBe('forbidden');
    const got = await hub.asAdmin('GET', `${db}/${d._id}?conflicts=true`);
    expect((got.json as { _conflicts?: unknown })._conflicts).toBeUndefined();
  });

  it('refuses a write whose author is not the logged-in user, and an anonymous write', async () => {
    const forged = await pushBranch(bob, { ...doc(), _rev: FIRST });
    expect(forged.row?.error).toBe('forbidden');
    expect(forged.row?.reason).toMatch(/^author-mismatch/);
    const anonymous = await fetch(`${hub.url}${db}/_bulk_docs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ new_edits: false, docs: [{ ...doc(), _rev: FIRST }] }),
    });
    expect(((await anonymous.json()) as Row[])[0]?.error).toBe('forbidden');
  });

  it('refuses an envelope whose kind, stamp or body is malformed', async () => {
    for (const bad of [
      doc({ kind: 'referee' }),
      doc({ hlc: 'yesterday' }),
      doc({ device: 'Alice' }),
      doc({ body: null }),
    ]) {
      const r = await pushBranch(alice, { ...bad, _rev: FIRST });
      expect(r.row?.error).toBe('forbidden');
    }
  });

  it('binds the server admin too: an erased document is not undeleted, nor revived by a branch', async () => {
    const d = await create();
    const deletion = await erase(d._id, FIRST);
    const undelete = await hub.asAdmin('PUT', `${db}/${d._id}`, {
      ...d,
      author: 'admin',
      _rev: deletion,
    });
    expect(undelete.status).toBe(403);
    const branch = await hub.asAdmin('POST', `${db}/_bulk_docs`, {
      new_edits: false,
      docs: [{ ...d, author: 'admin', _rev: `4-${'f'.repeat(32)}` }],
    });
    expect((branch.json as Row[])[0]?.error).toBe('forbidden');
    expect((await hub.asAdmin('GET', `${db}/${d._id}`)).status).toBe(404);
  });
});
