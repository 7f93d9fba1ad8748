import { readRow } from '../db/rows';
import { describe, expect, it } from 'vitest';
import type { Transaction } from 'dexie';
import { createDb, onSchemaUpgrade } from './database';
import { parseRows } from './rows';
import {
  currentSchemaVersion,
  latestDbVersion,
  schemaVersions,
  version1,
  version2,
  version3,
  version4,
  type SchemaVersion,
} from './schema-versions';
import { candidateRow } from '../domain/candidate';
import { buildApplication, buildCandidate } from '../testing/builders';
import { personKeys } from '../domain/person-keys';
import { isNamePrefixKey, withNamePrefixKeys } from '../domain/list-keys';
import { backfillBatch, backfillPending } from './backfills';
import { getMeta } from './meta';

/**
 * The migration harness: open the previous version, fill it, close, reopen with the next version
 * and check every row. Each real version N+1 gets a test like the throwaway v2 below.
 */
async function upgradeFrom(
  previous: readonly SchemaVersion[],
  next: readonly SchemaVersion[],
  fill: (db: ReturnType<typeof createDb>) => Promise<void>,
) {
  const name = `migration-${crypto.randomUUID()}`;
  const old = createDb(name, previous);
  await fill(old);
  old.close();
  const upgraded = createDb(name, next);
  await upgraded.open();
  return upgraded;
}

describe('schema versions', () => {
  it('are listed in increasing order, starting at 1', () => {
    expect(schemaVersions.map((v) => v.version)).toEqual(schemaVersions.map((_, i) => i + 1));
  });

  it('version 1 opens and declares every table', async () => {
    const db = createDb(`v1-${crypto.randomUUID()}`, [version1]);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(version1.stores).sort());
  });

  it('upgrades v1 data through a named upgrade function, row by row (throwaway v2)', async () => {
    // a v2 that adds an index and backfills a field: the shape every future migration takes
    const upgradeToV2AddNameInitial = async (tx: Transaction) => {
      await tx
        .table('candidates')
        .toCollection()
        .modify((c: { sortName: string; initial?: string }) => {
          c.initial = c.sortName.slice(0, 1);
        });
    };
    const v2: SchemaVersion = {
      version: 2,
      stores: { ...version1.stores, candidates: `${version1.stores.candidates}, initial` },
      upgrade: upgradeToV2AddNameInitial,
    };
    const candidates = [
      buildCandidate(),
      buildCandidate({ identity: { firstName: 'Jürgen', lastName: 'Özdemir', language: 'de' } }),
    ];
    const db = await upgradeFrom([version1], [version1, v2], async (old) => {
      await old.candidates.bulkAdd(candidates);
      await old.applications.add(buildApplication());
    });
    expect(db.verno).toBe(2);
    const rows = await db.candidates.toArray();
    // every row still valid for the domain, and the backfill applied to each
    expect(
      parseRows(candidateRow, 'candidates', rows)
        .map((c) => c.id)
        .sort(),
    ).toEqual(candidates.map((c) => c.id).sort());
    for (const row of rows as unknown as { initial: string; sortName: string }[])
      expect(row.initial).toBe(row.sortName[0]);
    expect(await db.table('candidates').where('initial').equals('o').count()).toBe(1);
    expect(await db.applications.count()).toBe(1);
  });

  it('version 2 lists every candidate under its search prefixes, keeping its other keys', async () => {
    const current = [
      buildCandidate({ id: 'c1' }),
      buildCandidate({
        id: 'c2',
        identity: { firstName: 'Jürgen', lastName: 'Özdemir', language: 'de' },
        ...personKeys({ firstName: 'Jürgen', lastName: 'Özdemir' }),
      }),
    ];
    const v1Rows = current.map((c) => ({
      ...c,
      listKeys: [
        ...c.listKeys.filter((k) => !k.startsWith('prefix:')),
        'status:hired\u0000x\u0000y',
      ],
    }));
    const db = await upgradeFrom([version1], [version1, version2], async (old) => {
      await old.candidates.bulkAdd(v1Rows);
    });
    expect(db.verno).toBe(2);
    for (const c of current) {
      const row = readRow('candidates', await db.candidates.get(c.id));
      // as released: prefixes of up to 3 characters (longer ones come with version 4's backfill)
      const upTo3 = c.listKeys.filter(
        (k) => !isNamePrefixKey(k) || k.slice('prefix:'.length).split('\u0000')[0]!.length <= 3,
      );
      expect([...row.listKeys].sort()).toEqual([...upTo3, 'status:hired\u0000x\u0000y'].sort());
    }
    const prefix = (p: string) => db.candidates.where('listKeys').startsWith(`prefix:${p}\u0000`);
    expect(await prefix('ozd').primaryKeys()).toEqual(['c2']);
    expect(await prefix('j').primaryKeys()).toEqual(['c2']);
  });

  it('announces a schema upgrade to the start screen, and only an upgrade', async () => {
    const started: string[] = [];
    const stop = onSchemaUpgrade((name) => started.push(name));
    try {
      const name = `announce-${crypto.randomUUID()}`;
      const fresh = createDb(name);
      await fresh.open(); // a new database is created at the latest version: nothing to upgrade
      fresh.close();
      expect(started).toEqual([]);
      const db = await upgradeFrom([version1], [version1, version2], async (old) => {
        await old.candidates.add(buildCandidate({ id: 'c1' }));
      });
      expect(started).toEqual([db.name]);
      db.close();
      const again = createDb(db.name);
      await again.open(); // version 3 only adds tables, version 4 schedules a backfill: no wait
      expect(started).toEqual([db.name]);
    } finally {
      stop();
    }
  });

  it('version 3 adds the sync tables, empty, and keeps every row of version 2', async () => {
    const candidates = [buildCandidate({ id: 'c1' }), buildCandidate({ id: 'c2' })];
    const db = await upgradeFrom(
      [version1, version2],
      [version1, version2, version3],
      async (old) => {
        await old.candidates.bulkAdd(candidates);
        await old.applications.add(buildApplication());
      },
    );
    expect(db.verno).toBe(3);
    expect(await db.candidates.toArray()).toEqual(candidates);
    expect(await db.applications.count()).toBe(1);
    for (const table of [db.outbox, db.syncDocs, db.syncQuarantine, db.peerAudit])
      expect(await table.count()).toBe(0);
    await db.outbox.add({ docId: 'candidate:c1', op: 'put', hlc: 'x' });
    expect((await db.outbox.toArray())[0]?.seq).toBe(1);
    // records keep their version 2 shapes: backups still say version 2 and restore as before
    expect(latestDbVersion).toBe(4);
    expect(currentSchemaVersion).toBe(2);
  });

  it('version 4 rewrites no row: it schedules the search-prefix backfill, which resumes after a stop', async () => {
    const current = Array.from({ length: 7 }, (_, i) =>
      buildCandidate({
        id: `c${i}`,
        identity: { firstName: 'Annegret', lastName: `Müllerhaus${i}`, language: 'de' },
        ...personKeys({ firstName: 'Annegret', lastName: `Müllerhaus${i}` }),
      }),
    );
    // rows as version 3 wrote them: prefixes of up to 3 characters
    const v3Rows = current.map((c) => withNamePrefixKeys(c));
    const v3 = [version1, version2, version3];
    const db = await upgradeFrom(v3, [...v3, version4], async (old) => {
      await old.candidates.bulkAdd(v3Rows);
    });
    expect(db.verno).toBe(4);
    expect(await db.candidates.toArray()).toEqual(v3Rows);
    expect(await getMeta(db, 'searchPrefixBackfill')).toEqual({ after: null, done: 0 });
    const byPrefix = (p: string) =>
      db.candidates.where('listKeys').startsWith(`prefix:${p}\u0000`).primaryKeys();
    expect(await byPrefix('anneg')).toEqual([]);

    // two batches of 3, then the tab closes: progress is in meta, written with each batch
    expect(await backfillBatch(db, 3)).toBe(true);
    expect(await backfillBatch(db, 3)).toBe(true);
    expect(await getMeta(db, 'searchPrefixBackfill')).toEqual({ after: 'c5', done: 6 });
    db.close();
    const reopened = createDb(db.name);
    expect(await backfillPending(reopened)).toBe(true);
    expect(await backfillBatch(reopened, 3)).toBe(false);
    expect(await backfillPending(reopened)).toBe(false);
    for (const c of current) {
      const row = readRow('candidates', await reopened.candidates.get(c.id));
      expect([...row.listKeys].sort()).toEqual([...c.listKeys].sort());
    }
    expect(
      await reopened.candidates.where('listKeys').startsWith('prefix:anneg\u0000').count(),
    ).toBe(7);
    expect(await backfillBatch(reopened)).toBe(false);
  });

  it('a database created at version 4 has no backfill to run', async () => {
    const db = createDb(`fresh-${crypto.randomUUID()}`);
    await db.open();
    expect(await backfillPending(db)).toBe(false);
  });
});
