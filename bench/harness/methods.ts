/** How each figure is taken, printed under the report's table. */
export const methods: Record<string, string> = {
  'initial-js-gzip-kb':
    'every .js file the page fetched (Resource Timing: scripts, module preloads, lazy chunks, whether from network, cache or service worker) before the first screen was drawn (first animation frame with `main h1`), read from the served build and gzipped at level 9; KiB = 1024 bytes. Today the first screen of a returning user is Home.',
  'raw-open-first50-50k-warm-ms':
    'floor of `startup-50k-warm-ms`: navigation start to the first animation frame after a minimal page (no framework, no service worker) opened the `vivier` IndexedDB, read the first 50 candidates with one `getAll` on the `sortName` index and put their names in the DOM; second visit in the same browser.',
  'raw-open-first50-50k-cold-ms':
    'the same, first visit after launching Chromium on the profile (the operating system’s file cache stays warm).',
  'raw-idb-open-read50-50k-warm-ms':
    'the IndexedDB part of the warm floor alone: `indexedDB.open` plus the `getAll` of 50.',
  'raw-prefix-query-100k-p95-ms':
    'floor of `search-prefix-100k-p95-ms`: 200 prefixes drawn (seeded) from the people in the database and typed as recruiters type them (surname starts with accents and capitals, first names, "surname first", e-mail and phone starts), folded by the app’s `searchPrefix`; each is one `getAll` of at most 50 over the `searchTokens` multi-entry index range; p95 of the 200, median over the runs.',
  'raw-puts-records-per-s':
    'floor of `restore-records-per-s` and `import-csv-records-per-s`: every row of a synthetic firm (users, organisations, contacts, missions, candidates, referees, applications, consents, disclosures; no attachments) put with the bare IndexedDB API in one transaction into a fresh database that Dexie created with the app’s schema, so with the app’s indexes; records per second until the transaction completes.',
  'sweep-100k-ordinary-day-ms':
    'the app’s `runSweep` (services/retention-sweep.ts, default batches of 25) called in the benchmark page on a fresh copy of a profile seeded with 100k candidates of whom 20 are past their deletion date (their referees with them); from the call to its return, including tombstones, archive entries and audit entries.',
  'sweep-mass-expiry-records-per-s':
    'the same with 30% of the candidates due; people erased or archived (candidates and referees) per second.',
  'longest-task-sweep-ms':
    'the longest task the Long Tasks API reported during the two sweeps of a run (it reports only tasks over 50 ms, so 0 means none over 50 ms); median over the runs of each run’s longest.',
};
