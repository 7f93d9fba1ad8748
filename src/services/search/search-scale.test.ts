import { describe, expect, it } from 'vitest';
import { candidateSources, type Candidate } from '../../domain/candidate';
import { candidateListKeys } from '../../domain/list-keys';
import { personKeys } from '../../domain/person-keys';
import { buildCandidate } from '../../testing/builders';
import { countRowReads } from '../../testing/count-reads';
import { testDb } from '../../testing/db';
import { searchCandidates } from './search';

const lastNames =
  'Müller Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèbvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet François Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch'.split(
    ' ',
  );
const firstNames =
  'Hélène Jean Marie Pierre Anne Luc Sophie Paul Claire Louis Élodie Jürgen Klaus Petra Sabine Stefan Ulrike Günther Brigitte Heinz Zoé Noémie Agnès Chloé Léa Inès Jérôme Rémi Benoît Loïc'.split(
    ' ',
  );

const total = 100_000;
const page = 50;

function candidateNo(i: number): Candidate {
  const id = `c${String(i).padStart(6, '0')}`;
  const firstName = firstNames[i % firstNames.length]!;
  const lastName = lastNames[Math.floor(i / firstNames.length) % lastNames.length]!;
  const emails = [`${id}@example.fr`];
  const phones = [`+33 6 ${String(i).padStart(8, '0')}`];
  const keys = personKeys({ firstName, lastName, emails, phones });
  const source = candidateSources[i % candidateSources.length]!;
  return buildCandidate({
    id,
    identity: { firstName, lastName, language: 'fr' },
    contact: { emails, phones, addresses: [] },
    ...keys,
    source,
    noticeDueOn: i % 1000 === 0 ? '2026-03-10' : null,
    listKeys: candidateListKeys({ id, ...keys, source, applications: [] }),
  });
}

describe('100,000 candidates', () => {
  it(
    'first pages, filters and prefix searches read about one page of rows, never the table',
    { timeout: 300_000 },
    async () => {
      const db = testDb();
      const reads = countRowReads(db, 'candidates');
      const rare = buildCandidate({
        id: 'rare',
        identity: { firstName: 'Hélène', lastName: 'Lüdenscheidt', language: 'de' },
        ...personKeys({ firstName: 'Hélène', lastName: 'Lüdenscheidt' }),
      });
      for (let start = 0; start < total; start += 10_000) {
        await db.candidates.bulkAdd(
          Array.from({ length: Math.min(10_000, total - start) }, (_, k) => candidateNo(start + k)),
        );
      }
      await db.candidates.add(rare);
      expect(await db.candidates.count()).toBe(total + 1);

      const measure = async (run: () => Promise<{ items: unknown[] }>) => {
        reads.reset();
        const out = await run();
        return { reads: reads.reads, items: out.items.length };
      };
      const today = '2026-03-12';

      // the list's first page, and a page far into it: one page of rows each (+1 to know there is more)
      const first = await searchCandidates(db, today, {}, null, page);
      expect(first.total).toBe(total + 1);
      expect(await measure(() => searchCandidates(db, today, {}, null, page))).toEqual({
        reads: page + 1,
        items: page,
      });
      let after = first.next;
      for (let i = 0; i < 5; i++) after = (await searchCandidates(db, today, {}, after, page)).next;
      // names repeat here (83 of each), so this page starts inside a run of equal names
      expect(await measure(() => searchCandidates(db, today, {}, after, page))).toEqual({
        reads: page + 1,
        items: page,
      });

      // a common accented prefix: thousands of matches, one range of the name-prefix keys
      expect(await measure(() => searchCandidates(db, today, { text: 'Mül' }, null, page))).toEqual(
        { reads: page + 1, items: page },
      );
      // names that sort late ("Sch…") cost the same: the range starts at them
      const sch = await searchCandidates(db, today, { text: 'Sch' }, null, page);
      expect(sch.items.every((c) => c.sortName.startsWith('sch'))).toBe(true);
      expect(sch.items.map((c) => c.sortName)).toEqual(sch.items.map((c) => c.sortName).sort());
      expect(await measure(() => searchCandidates(db, today, { text: 'Sch' }, null, page))).toEqual(
        { reads: page + 1, items: page },
      );
      // a word of up to six characters is its own range
      const schn = await measure(() => searchCandidates(db, today, { text: 'Schne' }, null, page));
      expect(schn.items).toBe(page);
      expect(schn.reads).toBeLessThanOrEqual(page + 1 + 5);
      const schneider = await searchCandidates(db, today, { text: 'schne' }, sch.next, page);
      expect(schneider.items.every((c) => c.identity.lastName === 'Schneider')).toBe(true);
      const firstMuller = await searchCandidates(db, today, { text: 'mul' }, null, 3);
      expect(firstMuller.items.map((c) => c.identity.lastName)).toEqual([
        'Müller',
        'Müller',
        'Müller',
      ]);

      // a surname and the start of a first name: the one letter is checked on the rows walked
      // in the surname's range (2,500 Webers; the Heinz and Hélène among them sort after 8 of the
      // 30 first names), never read as the id set of every "h…" token
      const weberH = await measure(() =>
        searchCandidates(db, today, { text: 'Weber H' }, null, page),
      );
      expect(weberH.items).toBe(page);
      // rows read grow twice over while none is kept: at most twice the rows up to the page's end
      expect(weberH.reads).toBeLessThanOrEqual(2 * (2_500 * (8 / 30) + page + 1));
      const weberHs = await searchCandidates(db, today, { text: 'Weber H' }, null, page);
      expect(weberHs.items.map((c) => c.sortName)).toEqual(
        Array.from({ length: page }, () => 'weber heinz'),
      );

      // a rare prefix: only its own rows
      expect(
        await measure(() => searchCandidates(db, today, { text: 'ludensch' }, null, page)),
      ).toEqual({ reads: 1, items: 1 });
      // an email and a phone prefix longer than six characters: their own ids, then their rows
      expect(
        await measure(() => searchCandidates(db, today, { text: 'c004242@' }, null, page)),
      ).toEqual({ reads: 1, items: 1 });
      expect(
        await measure(() => searchCandidates(db, today, { text: '06 00 00 42 4' }, null, page)),
      ).toEqual({ reads: 10, items: 10 });

      // filters: a facet walk reads one page; the notice filter reads the due rows only
      expect(
        await measure(() =>
          searchCandidates(db, today, { filter: { source: 'referral' } }, null, page),
        ),
      ).toEqual({ reads: page + 1, items: page });
      expect(
        await measure(() =>
          searchCandidates(db, today, { filter: { noticeDue: true } }, null, page),
        ),
      ).toEqual({ reads: total / 1000, items: page });

      // the middleware really counts: a full read is the whole table
      reads.reset();
      await db.candidates.toArray();
      expect(reads.reads).toBe(total + 1);
    },
  );
});
