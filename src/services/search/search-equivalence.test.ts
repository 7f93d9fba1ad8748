import { describe, expect, it } from 'vitest';
import { samplePrefixes } from '../../../bench/page/prefixes';
import { createSynthetic } from '../../testing/synthetic';
import { writeSynthetic } from '../../testing/synthetic-db';
import { createDb, type VivierDb } from '../../db/database';
import { searchCandidates, type CandidateList, type CandidateQuery } from './search';

const today = '2026-03-12';
const page = 100;

/** The first two pages of a query, as ids and cursors: what the list shows and pages on. */
async function twoPages(db: VivierDb, query: CandidateQuery) {
  const shape = (l: CandidateList) => ({ ids: l.items.map((c) => c.id), next: l.next });
  const first = await searchCandidates(db, today, query, null, page);
  const second =
    first.next === null ? null : await searchCandidates(db, today, query, first.next, page);
  return { first: shape(first), second: second && shape(second) };
}

describe('search from one range of the longer prefix keys', () => {
  it(
    'gives the results of the search it replaces on a 10,000-candidate firm, for every prefix of the benchmark',
    { timeout: 600_000 },
    async () => {
      const db = createDb(`equivalence-${crypto.randomUUID()}`);
      await writeSynthetic(
        db,
        createSynthetic({
          candidates: 10_000,
          now: new Date(`${today}T00:00:00.000Z`),
          seed: 20_260_312,
          attachmentBytes: 0,
        }),
      );
      // every 50th candidate restricted (Art. 18): left out unless asked for, on both paths
      let n = 0;
      await db
        .table('candidates')
        .toCollection()
        .modify((c: { restricted: unknown }) => {
          if (n++ % 50 === 0) c.restricted = { since: today, requestId: null };
        });
      // the benchmark's own list (its seed, 200 prefixes), and the ones the report names
      const sampled = await samplePrefixes(db.name, 200, 20_260_312);
      const texts = [
        ...new Set([
          ...sampled.map((p) => p.typed),
          ...['Anne', 'Mari', '+49 17', '0170', '0170 2', 'B', 'm', 'Da S', 'Meyer S', 'Mül'],
        ]),
      ];
      const queries = texts.flatMap((text) => [{ text }, { text, includeRestricted: true }]);
      // The search it replaces is the one the app keeps while the backfill runs: answer every
      // query that way first (the backfill marked as pending), then with the marker gone.
      await db.meta.put({ key: 'searchPrefixBackfill', value: { after: null, done: 0 } });
      const before = [];
      for (const q of queries) before.push(await twoPages(db, q));
      await db.meta.delete('searchPrefixBackfill');
      const after = [];
      for (const q of queries) after.push(await twoPages(db, q));
      expect(after).toEqual(before);
      // and the comparison has substance: most prefixes find people, many a full page
      expect(before.filter((r) => r.first.ids.length > 0).length).toBeGreaterThan(texts.length);
      expect(before.filter((r) => r.second !== null).length).toBeGreaterThan(20);
    },
  );
});
