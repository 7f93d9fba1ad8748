/**
 * Why a figure is far from its floor or target, and what would close the gap: written from CPU
 * profiles of the app's code in Chromium (DevTools protocol, self time by module through an
 * unminified build), taken on 2026-11-29 at 3k–20k candidates and 40 MB of attachments on this
 * machine. Printed in the report under the measured metrics; to be revised when the code moves.
 */
export const analysisDate = '2026-11-29';

export const analysis: Record<string, string> = {
  'initial-js-gzip-kb':
    'measured from the build (notes: every part gzipped alone). The restore screen, zip and age now load only when their screen opens, and only the interface language’s catalogue is loaded (342.7 KiB on the first quick run of the day, 277.3 at the morning’s firm-scale run, 209.3 now). React, react-dom, Dexie and zod alone are about 125 KiB, so the 150 KiB target needs more than lazy loading: catalogues split by area (each with its screens, about −14 KiB), the home dashboard’s services behind their panels (`src/services` 17 KiB), and a smaller renderer (preact/compat in place of react-dom would save about 55 KiB).',
  'startup-50k-warm-ms':
    'in a profile of 5 warm starts (20k candidates) the page’s main thread is idle 56% of the time and compiling 21%; Dexie, zod and React together take under 10%. It waits for some 50 JavaScript files, requested one import level after another, each answered by the service worker (the notes give the count and when the last one arrived). Fewer, larger start-up chunks (or modulepreload of the whole start graph) and a smaller start graph (see initial JS) are what would close most of it; the IndexedDB part of the floor is about 10–20 ms.',
  'startup-50k-cold-ms':
    'as warm, plus Chromium’s own start and the service worker’s start; the floor page pays the browser start too.',
  'longest-task-startup-ms':
    'not profiled yet; the one long task at start-up is most likely the compile and first render of the start graph in one task, which a smaller start graph shortens.',
  'search-prefix-100k-p95-ms':
    'the search service alone (notes: first page of 100, without React or liveQuery) takes nearly all of it, so the screen is not the cost. For a short prefix the matching ids are a dense set (thousands of people) and the page in name order is found by walking the `[sortName+id]` index until enough of them are seen; people whose names sort late (“Sch”, “von”, “Rous”) need most of the 100k keys walked. Walking with `getAllKeys` slices instead of a cursor step per key (this commit) halved the slowest prefixes (“Sch” 9.7 s → 3.9 s on the same loaded machine); the median keystroke stays near 0.6–0.9 s. What would close it: a search index whose keys carry the name order (token + sortName, read with `getAllRecords` in one call, then one `bulkGet` of the page), so that a prefix costs two round trips whatever its size.',
  'sweep-100k-ordinary-day-ms':
    'the sweep is a chain of single requests: for each due person it reads the row, recomputes the date (applications, consents), reads holds, prepares the erasure, then deletes row by row, 25 people per transaction plus a meta write and audit entries. In a profile (330 people, 3k candidates) the main thread is idle 31%, in Dexie 14%, in IndexedDB calls (get, getAll, getAllKeys, delete, add, transaction) about 30%. The floor issues a batch’s requests at once. Reading a batch’s applications, consents, holds and referees with a few `anyOf`/`bulkGet` requests and deleting with `bulkDelete` would remove most round trips; 20 people a day need a single batch, so the fixed part (settings, due-index reads for three person types, the archive queue, the final meta and audit transaction) also counts.',
  'sweep-mass-expiry-records-per-s':
    'the same per-person round trips as the ordinary day, 30,000 times; the notes give the floor’s time for the same people.',
  'import-csv-records-per-s':
    'reading and preview are quick; the commit is almost all of it (2.2 s of 2.35 s for 300 rows in a profile, idle 41%, get/getAll 17%): after one `bulkAdd`, `personDatesChanged` recomputes each imported candidate’s date in turn (settings, the candidate, applications, consents, the row again, an update, referees: about seven requests each). An imported candidate has no application or consent yet, so its date follows from `collectedOn` alone and can be computed in memory before the `bulkAdd`.',
  'backup-2gb-mb-per-s':
    'CPU-bound in JavaScript: in a profile (40 MB backup with its verification) SHA-256 in @noble/hashes takes 21%, deflate of the JSON Lines and CRC-32 13%, ChaCha20-Poly1305 in @noble/ciphers 9%, Blob slicing 5%. Every attachment is hashed again while it streams although its SHA-256 is stored in its row and checked on restore; hashing each attachment with WebCrypto (one native call per blob of at most 2 MB) or trusting the stored hash would remove the largest part. The floor pays only the cipher.',
  'restore-2gb-mb-per-s':
    'two full passes over the backup (check, then apply), each decrypting (@noble/ciphers 7%), inflating (fflate 6%) and hashing in JavaScript (@noble/hashes 16%); the writes themselves (`add`) are 8%. Hashing attachments natively, or once instead of in both passes, would help most.',
  'restore-records-per-s':
    'the same restore counted in records; most of its time is the cryptography and the two passes, not IndexedDB (see restore MB/s).',
};
