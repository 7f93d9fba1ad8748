import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../domain/candidate';
import { candidateListKeys } from '../../domain/list-keys';
import { personKeys } from '../../domain/person-keys';
import { buildCandidate } from '../../testing/builders';
import { countRowReads } from '../../testing/count-reads';
import { testDb } from '../../testing/db';
import { searchCandidates, smallSetLimit, type CandidateQuery } from './search';
import type { VivierDb } from '../../db/database';

const today = '2026-03-12';

function person(
  id: string,
  firstName: string,
  lastName: string,
  over: Partial<Candidate> = {},
  apps: {
    missionId: string | null;
    status: 'received' | 'submitted' | 'hired' | 'rejected';
  }[] = [],
  emails: string[] = [],
  phones: string[] = [],
): Candidate {
  const keys = personKeys({ firstName, lastName, emails, phones });
  const source = over.source ?? 'email';
  return buildCandidate({
    id,
    identity: { firstName, lastName, language: 'fr' },
    contact: { emails, phones, addresses: [] },
    ...keys,
    source,
    listKeys: candidateListKeys({ id, ...keys, source, applications: apps }),
    ...over,
  });
}

async function fill(db: VivierDb) {
  await db.candidates.bulkAdd([
    person(
      'c1',
      'Hélène',
      'Müller',
      {},
      [{ missionId: 'm1', status: 'submitted' }],
      ['helene.muller@example.fr'],
      ['+33 6 12 34 56 78'],
    ),
    person('c2', 'Helene', 'Muller', { source: 'referral', noticeDueOn: '2026-03-15' }, [
      { missionId: 'm1', status: 'received' },
    ]),
    person('c3', 'Jürgen', 'Groß', { source: 'social-media', noticeDueOn: '2026-03-01' }, [
      { missionId: null, status: 'rejected' },
    ]),
    person('c4', 'Anne', 'Martin', { source: 'referral', noticeDueOn: '2026-04-30' }, [
      { missionId: 'm2', status: 'submitted' },
    ]),
    person(
      'c5',
      'Jean-Luc',
      'de La Fontaine',
      {},
      [],
      ['jl@fontaine.example'],
      ['0044 20 7946 0000'],
    ),
    person('c6', 'Anne', 'Martin', { restricted: { since: '2026-03-01', requestId: null } }),
  ]);
}

const ids = (page: { items: { id: string }[] }) => page.items.map((c) => c.id);

async function all(db: VivierDb, q: CandidateQuery, limit = 2) {
  const out: string[] = [];
  let after = null;
  for (let i = 0; i < 20; i++) {
    const page = await searchCandidates(db, today, q, after, limit);
    out.push(...ids(page));
    if (page.next === null) return out;
    after = page.next;
  }
  throw new Error('no end');
}

describe('searchCandidates', () => {
  it('lists everyone by name, in keyset pages, ties broken by id', async () => {
    const db = testDb();
    await fill(db);
    expect(await all(db, {})).toEqual(['c5', 'c3', 'c4', 'c6', 'c1', 'c2']);
    expect((await searchCandidates(db, today)).total).toBe(6);
  });

  it.each([
    ['Müller', ['c1', 'c2']],
    ['muller', ['c1', 'c2']],
    ['MUL', ['c1', 'c2']],
    ['hélène mü', ['c1', 'c2']],
    ['mul hel', ['c1', 'c2']],
    ['gross', ['c3']],
    ['Groß', ['c3']],
    ['jurgen', ['c3']],
    ['fontaine', ['c5']],
    ['jean-luc', ['c5']],
    ['jean luc de la', ['c5']],
    ['helene.muller@', ['c1']],
    ['JL@FONTAINE', ['c5']],
    ['06 12 34', ['c1']],
    ['+33 6 12', ['c1']],
    ['0033612', ['c1']],
    ['44 20 79', ['c5']],
    ['martin', ['c4']],
    ['mü h', ['c1', 'c2']],
    ['martin a', ['c4']],
    ['de la f', ['c5']],
    ['martin z', []],
    ['zzz', []],
    ['--', []],
  ])('finds "%s" by prefix, accent- and case-insensitive', async (text, expected) => {
    const db = testDb();
    await fill(db);
    expect(await all(db, { text })).toEqual(expected);
  });

  it('shows restricted people in search results only when asked', async () => {
    const db = testDb();
    await fill(db);
    expect(await all(db, { text: 'martin', includeRestricted: true })).toEqual(['c4', 'c6']);
  });

  it.each<[string, CandidateQuery, string[]]>([
    ['source', { filter: { source: 'referral' } }, ['c4', 'c2']],
    ['status', { filter: { status: 'submitted' } }, ['c4', 'c1']],
    ['mission', { filter: { missionId: 'm1' } }, ['c1', 'c2']],
    ['mission + status', { filter: { missionId: 'm1', status: 'received' } }, ['c2']],
    ['status + source', { filter: { status: 'submitted', source: 'referral' } }, ['c4']],
    ['notice due (7 days or overdue)', { filter: { noticeDue: true } }, ['c3', 'c2']],
    ['notice due + source', { filter: { noticeDue: true, source: 'referral' } }, ['c2']],
    ['text + mission', { text: 'mul', filter: { missionId: 'm1', status: 'submitted' } }, ['c1']],
  ])('filters by %s', async (_what, q, expected) => {
    const db = testDb();
    await fill(db);
    expect(await all(db, q, 1)).toEqual(expected);
    expect(await all(db, q, 10)).toEqual(expected);
  });

  it('reads only the rows of the page, not the table', async () => {
    const db = testDb();
    const reads = countRowReads(db, 'candidates');
    await fill(db);
    reads.reset();
    await searchCandidates(db, today, {}, null, 2);
    expect(reads.reads).toBe(3);
    reads.reset();
    await searchCandidates(db, today, { text: 'gross' });
    expect(reads.reads).toBe(1);
    reads.reset();
    await searchCandidates(db, today, { filter: { missionId: 'm1' } }, null, 1);
    expect(reads.reads).toBe(2);
  });
});

describe('dense prefix (more matches than are read whole)', () => {
  it('pages through every match in name order, reading one page of rows each time', async () => {
    const db = testDb();
    const reads = countRowReads(db, 'candidates');
    const firsts = ['Anne', 'Émile', 'Zoé', 'Jean'];
    const rows = Array.from({ length: 4 * smallSetLimit }, (_, i) =>
      person(
        `d${String(i).padStart(4, '0')}`,
        firsts[i % 4]!,
        i % 10 === 0 ? 'Lefèvre' : i % 3 === 0 ? 'Bauer' : 'Lebrun',
        { source: i % 2 === 0 ? 'referral' : 'email' },
      ),
    );
    await db.candidates.bulkAdd(rows);
    const expected = rows
      .filter((r) => r.sortName.startsWith('le') && r.source === 'referral')
      .sort((a, b) => (a.sortName + '\u0000' + a.id < b.sortName + '\u0000' + b.id ? -1 : 1))
      .map((r) => r.id);
    expect(expected.length).toBeGreaterThan(smallSetLimit);
    const q: CandidateQuery = { text: 'LE', filter: { source: 'referral' } };
    const seen: string[] = [];
    let after = null;
    for (;;) {
      reads.reset();
      const page = await searchCandidates(db, today, q, after, 25);
      // the source filter is applied to ids, so only the page's own rows are read (and the
      // last row of a slice of the name index, to go on from it)
      expect(reads.reads).toBeLessThanOrEqual(28);
      seen.push(...ids(page));
      if (page.next === null) break;
      after = page.next;
    }
    expect(seen).toEqual(expected);
  });

  it('finds people who sort late quickly and exactly, rows the filter refuses included', async () => {
    const db = testDb();
    // 3,000 people sort before the 1,200 Schmidts; every 7th Schmidt is restricted (Art. 18),
    // which only a row read can tell: the walk must go on right after the rows it refused
    const early = Array.from({ length: 3_000 }, (_, i) =>
      person(`a${String(i).padStart(4, '0')}`, 'Paul', `Albrecht${i % 50}`),
    );
    const late = Array.from({ length: 1_200 }, (_, i) =>
      person(
        `s${String(i).padStart(4, '0')}`,
        ['Anna', 'Ute', 'Max'][i % 3]!,
        'Schmidt',
        i % 7 === 0 ? { restricted: { since: '2026-03-01', requestId: null } } : {},
      ),
    );
    await db.candidates.bulkAdd([...early, ...late]);
    const expected = late
      .filter((r) => r.restricted === null)
      .sort((a, b) => (a.sortName + '\u0000' + a.id < b.sortName + '\u0000' + b.id ? -1 : 1))
      .map((r) => r.id);
    const reads = countRowReads(db, 'candidates');
    const first = await searchCandidates(db, today, { text: 'sch' }, null, 40);
    expect(ids(first)).toEqual(expected.slice(0, 40));
    // slices of 1,000 then 4,000 keys: two rows read to go on, besides the page's own
    expect(reads.reads).toBeLessThanOrEqual(41 + 7 + 2);
    expect(await all(db, { text: 'sch' }, 100)).toEqual(expected);
  });

  it('checks a short word on the rows it walks instead of reading its ids (thousands of "a…")', async () => {
    const db = testDb();
    const tokenLookups: string[] = [];
    db.use({
      stack: 'dbcore',
      name: 'token-lookups',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            query: (req) => {
              if (req.query.index.name === 'searchTokens')
                tokenLookups.push(String(req.query.range.lower));
              return table.query(req);
            },
          };
        },
      }),
    });
    // 3,000 Albrechts start with "a", and a tenth of the Schmidts are called Anna
    const early = Array.from({ length: 3_000 }, (_, i) =>
      person(`a${String(i).padStart(4, '0')}`, 'Paul', `Albrecht${i % 50}`),
    );
    const late = Array.from({ length: 1_000 }, (_, i) =>
      person(`s${String(i).padStart(4, '0')}`, i % 10 === 0 ? 'Anna' : 'Ute', 'Schmidt'),
    );
    await db.candidates.bulkAdd([...early, ...late]);
    const expected = late
      .filter((r) => r.identity.firstName === 'Anna')
      .map((r) => r.id)
      .sort();
    const reads = countRowReads(db, 'candidates');
    expect(await all(db, { text: 'Schmidt A' }, 40)).toEqual(expected);
    expect(await all(db, { text: 'Sch A' }, 40)).toEqual(expected);
    expect(tokenLookups).toEqual(['schmidt', 'schmidt', 'schmidt']);
    reads.reset();
    const first = await searchCandidates(db, today, { text: 'Sch A' }, null, 40);
    expect(ids(first)).toEqual(expected.slice(0, 40));
    // rows read in proportion to the share the words accept: a few reads past the page at most
    expect(reads.reads).toBeLessThanOrEqual(41 + 10);
  });
});
