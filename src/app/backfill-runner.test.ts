import { describe, expect, it } from 'vitest';
import { backfillPending } from '../db/backfills';
import { version1, version2, version3 } from '../db/schema-versions';
import { createDb } from '../db/database';
import { withNamePrefixKeys } from '../domain/list-keys';
import { personKeys } from '../domain/person-keys';
import { searchCandidates } from '../services/search';
import { buildCandidate } from '../testing/builders';
import { runBackfills, type BackfillLocks } from './backfill-runner';

/** A database left at version 3 by an older build: 600 candidates with 3-character prefixes. */
async function version3Firm() {
  const name = `backfill-${crypto.randomUUID()}`;
  const old = createDb(name, [version1, version2, version3]);
  await old.candidates.bulkAdd(
    Array.from({ length: 600 }, (_, i) => {
      const names = { firstName: i % 2 ? 'Annegret' : 'Marianne', lastName: `Weber${i}` };
      return withNamePrefixKeys(
        buildCandidate({
          id: `c${String(i).padStart(4, '0')}`,
          identity: { ...names, language: 'de' },
          ...personKeys(names),
        }),
      );
    }),
  );
  old.close();
  return createDb(name);
}

const heldElsewhere: BackfillLocks = { request: async (_n, _o, callback) => callback(null) };

describe('the backfill runner', () => {
  it('finds everyone while the backfill is pending, then completes it in batches', async () => {
    const db = await version3Firm();
    expect(await backfillPending(db)).toBe(true);
    // before any batch: search answers the old way, and finds all 300 "Anneg…"
    const found = async () => {
      let after = null;
      let n = 0;
      do {
        const page = await searchCandidates(db, '2026-03-12', { text: 'Anneg' }, after);
        n += page.items.length;
        after = page.next;
      } while (after !== null);
      return n;
    };
    expect(await found()).toBe(300);
    await runBackfills(db, null);
    expect(await backfillPending(db)).toBe(false);
    expect(await db.candidates.where('listKeys').startsWith('prefix:anneg\u0000').count()).toBe(
      300,
    );
    expect(await found()).toBe(300);
  });

  it('leaves the work to the tab that holds the lock', async () => {
    const db = await version3Firm();
    await runBackfills(db, heldElsewhere);
    expect(await backfillPending(db)).toBe(true);
  });
});
