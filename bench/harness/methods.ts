/** How each figure is taken, printed under the report's table. */
export const methods: Record<string, string> = {
  'initial-js-gzip-kb':
    'every .js file the page fetched (Resource Timing: scripts, module preloads, lazy chunks, whether from network, cache or service worker) before the first screen was drawn (first animation frame with `main h1`), read from the served build and gzipped at level 9; KiB = 1024 bytes. Today the first screen of a returning user is Home.',
  'startup-50k-warm-ms':
    'navigation start to the first animation frame in which the candidate list (`/candidates`) shows its first row (a `.virtual-list li a`), on a profile seeded with 50k candidates, second navigation in the same browser (service worker installed and controlling, HTTP cache and IndexedDB warm). Floor: a minimal page (no framework, no service worker) that opens the same IndexedDB, reads the first 50 candidates with one `getAll` on the `sortName` index and puts their names in the DOM, same navigation in its own browser on the same profile, measured after the app in each run.',
  'startup-50k-cold-ms':
    'the same, first navigation after launching Chromium on the profile (the operating system’s file cache stays warm); the floor likewise.',
  'longest-task-startup-ms':
    'longest task the Long Tasks API reported (buffered, from navigation start) during the cold start-up and the 2 s after the first row (the start-up sweep, timers); the API reports only tasks over 50 ms, so 0 means none over 50 ms.',
  'search-prefix-100k-p95-ms':
    'on the candidate list of a profile seeded with 100k candidates: 200 prefixes drawn (seeded) from the people in the database and typed as recruiters type them (surname starts with accents and capitals, first names, "surname first", e-mail and phone starts); each is put in the search box in one input event (the keystroke that completes it) and timed from that event’s timestamp to the first animation frame in which the list’s first row is the search service’s first result; the box is emptied between prefixes. Prefixes whose first result is also the unfiltered first row are left out (they cannot be seen arriving). p95 of the prefixes, median over the runs. Floor: the same folded prefixes as one raw `getAll` of at most 50 over the `searchTokens` multi-entry index range each, p95.',
  'raw-puts-records-per-s':
    'floor of `restore-records-per-s` and `import-csv-records-per-s`: every row of a synthetic firm (users, organisations, contacts, missions, candidates, referees, applications, consents, disclosures; no attachments) put with the bare IndexedDB API in one transaction into a fresh database that Dexie created with the app’s schema, so with the app’s indexes; records per second until the transaction completes.',
  'sweep-100k-ordinary-day-ms':
    'the app’s `runSweep` (services/retention/sweep.ts, default batches of 25) called in the benchmark page on a fresh copy of a profile seeded with 100k candidates of whom 20 are past their deletion date (their referees with them); from the call to its return, including tombstones, archive entries and audit entries.',
  'sweep-mass-expiry-records-per-s':
    'the same with 30% of the candidates due; people erased or archived (candidates and referees) per second.',
  'longest-task-sweep-ms':
    'the longest task the Long Tasks API reported during the two sweeps of a run (it reports only tasks over 50 ms, so 0 means none over 50 ms); median over the runs of each run’s longest.',
  'access-export-ms':
    'the app’s `buildAccessExport` (zip with index.html, data.json, schema, CSV, manifest and the original attachments) for the seeded candidate with exactly 10 attachments (50 KiB–2 MiB of incompressible bytes each), called in the benchmark page on the firm profile, from the call to the zip bytes; runs one after another in the same page. No floor.',
  'import-csv-records-per-s':
    'the app’s CSV import as its screen runs it (`readImportFile`, `suggestImportMapping`, `previewImport`, `commitImport`) of a French spreadsheet (UTF-8 with BOM, `;`, French titles and source labels, dd/mm/yyyy dates; people of another seed with unique e-mails) into a fresh copy of the start-up firm; rows per second from reading the bytes to the committed transaction. Floor: the very rows it wrote, put with the bare API in one transaction into another fresh copy of the same firm.',
  'backup-2gb-mb-per-s':
    'the app’s `makeBackup` (JSON Lines of every table, every attachment, zip, age to the office key plus the one-time verification key) into a file of the origin’s private file system through the same FileSystemWritableFileStream the app writes to a chosen folder; backup bytes (MB = 10^6) per second of writing. The read-back verification that follows is timed apart (notes). Floor: the same attachment blobs read from IndexedDB and age-encrypted into another such file, no zip or JSON.',
  'backup-2gb-memory-growth-mb':
    'peak minus starting resident memory (VmRSS summed over the Chromium browser process and all its children, from /proc, every 250 ms) during the backup.',
  'restore-2gb-mb-per-s':
    'the app’s restore of that backup over the active database, as on the same laptop: `planRestore` (decrypt, unzip, hash and validate every record) then `applyRestore` (second pass into the staging database, sweep, pointer switch); backup bytes per second of the whole. Floor: the floor’s age file decrypted and read through.',
  'restore-records-per-s':
    'records restored per second of the same restore. Floor: every row of the database (attachments with their blobs) put with the bare API in one transaction into a fresh database created with the app’s schema.',
};
