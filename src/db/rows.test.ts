import { describe, expect, it } from 'vitest';
import { buildCandidate } from '../testing/builders';
import { testDb } from '../testing/db';
import { CorruptRowError, readMaybe, readRow } from './rows';

describe('reading stored rows', () => {
  it('a stored row shows none of its fields until it has passed its schema', async () => {
    const db = testDb();
    await db.candidates.add(buildCandidate({ id: 'cand-1' }));
    const raw = await db.candidates.get('cand-1');
    // @ts-expect-error a row as IndexedDB returns it is outside input: its fields are not typed
    expect(raw!.identity.lastName).toBeDefined();
    expect(readRow('candidates', raw).identity.lastName).toBe('Müller');
    expect(readMaybe('candidates', await db.candidates.get('nobody'))).toBeUndefined();
  });

  it('a row that fails its schema is corruption, named with its table and key', async () => {
    const db = testDb();
    await db.candidates.add({ ...buildCandidate({ id: 'cand-2' }), sortName: 42 } as never);
    expect(() => readRow('candidates', undefined)).toThrow(CorruptRowError);
    await expect(
      db.candidates.get('cand-2').then((row) => readRow('candidates', row)),
    ).rejects.toMatchObject({ name: 'CorruptRowError', table: 'candidates', key: 'cand-2' });
  });
});
