import { createDb } from '../../src/db/database';
import { getMeta } from '../../src/db/meta';
import type { Candidate } from '../../src/domain/candidate';
import { loadLanguage, type Messages } from '../../src/i18n/messages';
import {
  commitImport,
  previewImport,
  readImportFile,
  suggestImportMapping,
} from '../../src/services/import';
import { createSynthetic } from '../../src/testing/synthetic';

const bom = '\ufeff';
const cell = (v: string) => (/[;"\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const frenchDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * A spreadsheet as a French office keeps one: UTF-8 with BOM, `;`, French column titles, French
 * source labels, dd/mm/yyyy dates. People from another seed than the database's, with unique
 * e-mails, so that none is a duplicate.
 */
export function candidatesCsv(rows: number, seed: number, now: string, fr: Messages): Uint8Array {
  const gen = createSynthetic({ candidates: rows, seed, now: new Date(now), due: 0 });
  const lines = ['Nom;Prénom;E-mail;Téléphone;Adresse;Source;Date de collecte;LinkedIn'];
  let i = 0;
  for (const b of gen.batches())
    for (const c of b.candidates) {
      const email = (c.contact.emails[0] ?? '').replace('@', `+csv${i++}@`);
      const linkedin = c.profileLinks.find((l) => l.kind === 'linkedin')?.url ?? '';
      lines.push(
        [
          c.identity.lastName,
          c.identity.firstName,
          email,
          c.contact.phones[0] ?? '',
          c.contact.addresses[0] ?? '',
          fr[`records.source.${c.source}`],
          frenchDate(c.collectedOn),
          linkedin,
        ]
          .map(cell)
          .join(';'),
      );
    }
  return new TextEncoder().encode(`${bom}${lines.join('\r\n')}\r\n`);
}

export type ImportReport = {
  ms: number;
  phases: { read: number; preview: number; commit: number };
  imported: number;
  invalid: number;
  duplicates: number;
  /** The rows as written, for the floor to put the very same rows. */
  rows: Candidate[];
};

/** The app's CSV import as the screen runs it: read, map, preview, commit. */
export async function importCsv(
  dbName: string,
  o: { rows: number; seed: number; now: string },
): Promise<ImportReport> {
  const bytes = candidatesCsv(o.rows, o.seed, o.now, await loadLanguage('fr'));
  const db = createDb(dbName);
  await db.open();
  const actor = await getMeta(db, 'currentUserId');
  if (actor === undefined) throw new Error('no current user: seed first');
  const ctx = { db, now: new Date(), actor };
  const t0 = performance.now();
  const file = readImportFile(bytes);
  if (!file.ok) throw new Error(file.error.reason);
  const mapping = await suggestImportMapping(file.value.header);
  const t1 = performance.now();
  const preview = await previewImport(ctx, file.value, mapping, {
    source: null,
    collectedOn: ctx.now.toISOString().slice(0, 10),
    language: 'fr',
  });
  if (!preview.ok) throw new Error(preview.error.reason);
  const t2 = performance.now();
  // the synthetic firm spans four years: most rows are past their retention, which the preview
  // holds back until the user ticks the box; the bench imports them all, as the floor writes them
  const done = await commitImport(ctx, preview.value, { includeExpired: true });
  const t3 = performance.now();
  if (!done.ok) throw new Error(done.error.reason);
  const rows = (await db.candidates.bulkGet(done.value.ids)) as Candidate[];
  db.close();
  const { counts } = preview.value;
  return {
    ms: t3 - t0,
    phases: { read: t1 - t0, preview: t2 - t1, commit: t3 - t2 },
    imported: done.value.ids.length,
    invalid: counts.invalid,
    duplicates: counts.duplicates,
    rows,
  };
}
