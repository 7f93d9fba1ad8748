import { readMaybe } from '../../src/db/rows';
import { createDb } from '../../src/db/database';
import { searchCandidates } from '../../src/services/search';
import { searchPrefix } from '../../src/domain/person-keys';
import { createRng } from '../../src/testing/synthetic-random';

export type SearchPrefix = { typed: string; folded: string };

/**
 * What recruiters type in the search box, drawn from the people in the database: mostly the
 * start of a surname as written (accents and capitals included), sometimes a first name, a
 * "surname firstname" start, an e-mail or phone digits. Seeded, so every run types the same.
 */
export async function samplePrefixes(
  dbName: string,
  count: number,
  seed: number,
): Promise<SearchPrefix[]> {
  const db = createDb(dbName);
  const keys = await db.candidates.toCollection().primaryKeys();
  const rng = createRng(seed);
  const out: SearchPrefix[] = [];
  while (out.length < count) {
    const c = readMaybe('candidates', await db.candidates.get(rng.pick(keys)));
    if (!c) continue;
    const { firstName, lastName } = c.identity;
    const kind = rng.weighted([
      ['last', 50],
      ['first', 20],
      ['full', 10],
      ['email', 10],
      ['phone', 10],
    ] as const);
    const typed =
      kind === 'last'
        ? lastName.slice(0, rng.int(1, 4))
        : kind === 'first'
          ? firstName.slice(0, rng.int(2, 4))
          : kind === 'full'
            ? `${lastName} ${firstName.slice(0, rng.int(1, 3))}`
            : kind === 'email'
              ? (c.contact.emails[0] ?? lastName).slice(0, rng.int(3, 6))
              : (c.contact.phones[0] ?? lastName).slice(0, rng.int(4, 7));
    const folded = searchPrefix(typed);
    if (folded.length > 0) out.push({ typed, folded });
  }
  db.close();
  return out;
}

/**
 * The id the candidate list shows first for each search text (the app's own search service,
 * default filters), so the harness knows when the screen shows a query's results.
 */
export async function firstResults(
  dbName: string,
  texts: readonly string[],
): Promise<(string | null)[]> {
  const db = createDb(dbName);
  const today = new Date().toISOString().slice(0, 10);
  const out: (string | null)[] = [];
  for (const text of texts) {
    const page = await searchCandidates(db, today, { text }, null, 1);
    out.push(page.items[0]?.id ?? null);
  }
  db.close();
  return out;
}

/**
 * The search service alone, outside React and liveQuery: each text's first page of the list
 * (100 rows, as the screen asks), timed in ms. Tells the service's part of the keystroke.
 */
export async function serviceSearchTimes(
  dbName: string,
  texts: readonly string[],
): Promise<number[]> {
  const db = createDb(dbName);
  const today = new Date().toISOString().slice(0, 10);
  await db.open();
  const out: number[] = [];
  for (const text of texts) {
    const t0 = performance.now();
    await searchCandidates(db, today, { text }, null, 100);
    out.push(performance.now() - t0);
  }
  db.close();
  return out;
}
