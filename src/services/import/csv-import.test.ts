import { readRows } from '../../db/rows';
import { describe, expect, it } from 'vitest';
import type { ImportDefaults } from '../../domain/candidate-import';
import { candidateSources } from '../../domain/candidate';
import { fold } from '../../domain/fold';
import { candidateInputOf } from '../../domain/candidate-rules';
import { testContext, testDb } from '../../testing/db';
import { heleneInput } from '../../testing/inputs';
import { exportCandidatesCsv } from '../search';
import { createCandidate } from '../records';
import { erasePerson } from '../erasure';
import { computeRetention } from '../retention';
import {
  commitImport,
  listImportValues,
  previewImport,
  readImportFile,
  suggestImportMapping,
  type ImportFile,
} from './csv-import';

const defaults: ImportDefaults = { source: null, collectedOn: '2026-03-12', language: 'fr' };
const bytes = (text: string) => new TextEncoder().encode(text);

function fileOf(text: string): ImportFile {
  const out = readImportFile(bytes(text));
  if (!out.ok) throw new Error(JSON.stringify(out.error));
  return out.value;
}

const frenchExcel = [
  '\uFEFFNom;Prénom;E-mail;Téléphone;Source;Date de collecte;Commentaire',
  'Müller;Hélène;helene@example.fr;06 12 34 56 78;LinkedIn;01/03/2026;"Rencontrée au salon;',
  'très motivée"',
  ';Jean;pas-un-email;;Site internet;2026-03-02;',
  'Groß;Jürgen;juergen@example.de;+49 681 123456;Pigeon voyageur;31/02/2026;',
  'Dupont;Anne;HELENE@example.fr;;Cooptation;;',
  'Martin;Paul;paul@example.fr;;Candidature spontanée;2026-03-05;',
].join('\r\n');

async function preview(ctx: ReturnType<typeof testContext>, text: string, d = defaults) {
  const file = fileOf(text);
  const out = await previewImport(ctx, file, await suggestImportMapping(file.header), d);
  if (!out.ok) throw new Error(JSON.stringify(out.error));
  return out.value;
}

describe('CSV import preview', () => {
  it('reads a French Excel file, maps its columns and lists every invalid row with its reason', async () => {
    const ctx = testContext();
    await createCandidate(ctx, { ...heleneInput, contact: { emails: ['paul@example.fr'] } });
    const file = fileOf(frenchExcel);
    expect(file).toMatchObject({ delimiter: ';', encoding: 'utf-8' });
    expect(await suggestImportMapping(file.header)).toEqual([
      'lastName',
      'firstName',
      'email',
      'phone',
      'source',
      'collectedOn',
      'notes',
    ]);
    const p = await preview(ctx, frenchExcel);
    expect(p.counts).toEqual({
      total: 5,
      valid: 1,
      invalid: 2,
      duplicates: 2,
      erased: 0,
      expired: 0,
      blank: 0,
    });
    expect(p.rows.map((r) => [r.row, r.status])).toEqual([
      [2, 'valid'],
      [3, 'invalid'], // spreadsheet rows: row 2 spans two lines of text (a quoted line break)
      [4, 'invalid'],
      [5, 'duplicate'],
      [6, 'duplicate'],
    ]);
    expect(p.rows[0]?.input).toMatchObject({
      source: 'social-media',
      collectedOn: '2026-03-01',
      notes: 'Rencontrée au salon;\r\ntrès motivée',
    });
    // each error quotes the value as the file wrote it, a list error the accepted values
    expect(p.rows[1]?.issues).toEqual([
      { row: 3, path: 'identity.lastName', column: 'Nom', code: 'required' },
      {
        row: 3,
        path: 'contact.emails.0',
        column: 'E-mail',
        code: 'invalid-email',
        value: 'pas-un-email',
      },
    ]);
    expect(p.rows[2]?.issues).toEqual([
      {
        row: 4,
        path: 'source',
        column: 'Source',
        code: 'invalid-choice',
        value: 'Pigeon voyageur',
        accepted: candidateSources,
      },
      {
        row: 4,
        path: 'collectedOn',
        column: 'Date de collecte',
        code: 'invalid-date',
        value: '31/02/2026',
      },
    ]);
    expect(p.rows[3]?.issues).toEqual([
      { row: 5, path: 'email', column: 'E-mail', code: 'duplicate-in-file', sameAsRow: 2 },
    ]);
    expect(p.rows[4]).toMatchObject({
      existingId: expect.any(String),
      issues: [{ row: 6, code: 'duplicate-in-db' }],
    });
    // nothing is written by a preview
    expect(await ctx.db.candidates.count()).toBe(1);
    expect(await ctx.db.auditLog.count()).toBe(1);
  });

  it('asks for the missing columns, and reports unreadable files', async () => {
    const ctx = testContext();
    const file = fileOf('Nom,Email\nMüller,h@example.fr\n');
    expect(file.delimiter).toBe(',');
    expect(
      await previewImport(ctx, file, await suggestImportMapping(file.header), defaults),
    ).toEqual({
      ok: false,
      error: { reason: 'mapping-incomplete', missing: ['firstName', 'source'] },
    });
    expect(readImportFile(bytes('Nom;Prénom\n"Müller;Hélène\n'))).toEqual({
      ok: false,
      error: { reason: 'csv-unterminated-quote', row: 2 },
    });
    expect(readImportFile(bytes('\uFEFFNom;Prénom\r\n'))).toEqual({
      ok: false,
      error: { reason: 'csv-empty' },
    });
  });
});

describe('CSV import commit', () => {
  it('writes the valid rows in one audited transaction, with progress', async () => {
    const ctx = testContext();
    const p = await preview(ctx, frenchExcel);
    const progress: number[] = [];
    const out = await commitImport(ctx, p, { onProgress: ({ done }) => progress.push(done) });
    expect(out).toMatchObject({
      ok: true,
      value: { ids: [expect.any(String), expect.any(String)] },
    });
    expect(progress).toEqual([2]);
    const rows = readRows('candidates', await ctx.db.candidates.orderBy('sortName').toArray());
    expect(rows).toMatchObject([
      { sortName: 'martin paul', source: 'unsolicited', noticeDueOn: null },
      { sortName: 'muller helene', source: 'social-media', noticeDueOn: '2026-04-01' },
    ]);
    // dated on the way in, as the retention service dates them (3 months after collection)
    expect(rows.map((r) => r.deleteOn)).toEqual(['2026-06-05', '2026-06-01']);
    for (const r of rows)
      expect((await computeRetention(ctx.db, 'candidate', r.id))?.deleteOn).toBe(r.deleteOn);
    expect((await ctx.db.auditLog.toArray()).map((e) => e.action)).toEqual([
      'candidate.import',
      'candidate.import',
    ]);
  });

  it('imports duplicates only when asked, and refuses when the database changed meanwhile', async () => {
    const ctx = testContext();
    const p = await preview(ctx, frenchExcel);
    await createCandidate(ctx, { ...heleneInput, contact: { emails: ['HELENE@example.fr'] } });
    expect(await commitImport(ctx, p)).toEqual({
      ok: false,
      error: { reason: 'changed-meanwhile', since: 'previewed' },
    });
    expect(await ctx.db.candidates.count()).toBe(1);
    const again = await preview(ctx, frenchExcel);
    expect(again.counts).toMatchObject({ valid: 1, invalid: 2, duplicates: 2 });
    expect(await commitImport(ctx, again, { includeDuplicates: true })).toMatchObject({
      ok: true,
      value: { ids: expect.arrayContaining([expect.any(String)]) },
    });
    expect(await ctx.db.candidates.count()).toBe(4);
  });

  it('never brings an erased person back silently: their rows wait for an explicit choice (SPEC §4)', async () => {
    const ctx = testContext();
    const erased = await createCandidate(ctx, {
      ...heleneInput,
      contact: { emails: ['paul@example.fr'], phones: ['+33 6 99 88 77 66'] },
    });
    if (!erased.ok) throw new Error('setup');
    expect(
      await erasePerson(ctx, { personType: 'candidate', id: erased.value.id, reason: 'user' }),
    ).toMatchObject({ ok: true });
    const text = [
      'Nom;Prénom;E-mail;Téléphone;Source',
      'Martin;Paul;PAUL@example.fr;;LinkedIn', // same email, other case
      'Durand;Lea;lea@example.fr;06 99 88 77 66;LinkedIn', // same phone, written otherwise
      'Petit;Marc;marc@example.fr;;LinkedIn',
    ].join('\n');
    const p = await preview(ctx, text);
    expect(p.counts).toMatchObject({ total: 3, valid: 1, invalid: 0, duplicates: 0, erased: 2 });
    expect(p.rows[0]!.issues).toEqual([
      {
        row: 2,
        path: 'email',
        column: 'E-mail',
        code: 'erased-before',
        erasedAt: ctx.now.toISOString(),
      },
    ]);

    const plain = await commitImport(ctx, p);
    expect(plain.ok && plain.value.ids.length).toBe(1);
    expect(
      readRows('candidates', await ctx.db.candidates.toArray()).map((c) => c.identity.lastName),
    ).toEqual(['Petit']);

    await ctx.db.candidates.clear();
    const chosen = await commitImport(ctx, p, { includeErased: true });
    expect(chosen.ok && chosen.value.ids.length).toBe(3);
  });

  it('writes nothing at all when the disk fills up half-way', async () => {
    const db = testDb();
    let writes = 0;
    db.use({
      stack: 'dbcore',
      name: 'full-disk-after-two-chunks',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          if (name !== 'candidates') return t;
          return {
            ...t,
            mutate: (req) =>
              ++writes > 2
                ? Promise.reject(new DOMException('quota', 'QuotaExceededError'))
                : t.mutate(req),
          };
        },
      }),
    });
    const ctx = testContext(db);
    const lines = ['Nom;Prénom;E-mail'];
    for (let i = 0; i < 1500; i++) lines.push(`Nom${i};Prénom;p${i}@example.fr`);
    const p = await preview(ctx, lines.join('\n'), { ...defaults, source: 'email' });
    expect(p.counts.valid).toBe(1500);
    const progress: number[] = [];
    expect(await commitImport(ctx, p, { onProgress: ({ done }) => progress.push(done) })).toEqual({
      ok: false,
      error: { reason: 'storage-full' },
    });
    expect(progress).toEqual([500, 1000]);
    expect(await db.candidates.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it('imports a 10,000-row file at once', { timeout: 120_000 }, async () => {
    const ctx = testContext();
    const lines = ['\uFEFFNom;Prénom;E-mail;Téléphone;Notes'];
    for (let i = 0; i < 10_000; i++)
      lines.push(
        `Müller-${i};Hélène;h${i}@example.fr;+33 6 ${String(i).padStart(8, '0')};"note ${i}\r\nsur deux lignes"`,
      );
    const p = await preview(ctx, lines.join('\r\n') + '\r\n', { ...defaults, source: 'website' });
    expect(p.counts).toEqual({
      total: 10_000,
      valid: 10_000,
      invalid: 0,
      duplicates: 0,
      erased: 0,
      expired: 0,
      blank: 0,
    });
    expect(p.rows[9_999]?.row).toBe(10_001);
    const progress: number[] = [];
    const out = await commitImport(ctx, p, { onProgress: ({ done }) => progress.push(done) });
    expect(out.ok && out.value.ids.length).toBe(10_000);
    expect(progress).toHaveLength(20);
    expect(await ctx.db.candidates.count()).toBe(10_000);
    expect(await ctx.db.auditLog.count()).toBe(10_000);
  });
});

describe('CSV export', () => {
  it.each(['fr', 'en', 'de'] as const)(
    'writes an Excel-friendly list (%s) that imports back unchanged',
    async (lang) => {
      const ctx = testContext();
      const inputs = [
        {
          ...heleneInput,
          contact: {
            emails: ['a@example.fr', 'b@example.fr'],
            phones: ['+33 6 12 34 56 78'],
            addresses: ['1 rue de la Paix, 75002 Paris', '2 Hauptstraße; Berlin'],
          },
          profileLinks: [
            { kind: 'linkedin', url: 'https://www.linkedin.com/in/hm' },
            { kind: 'other', url: 'https://example.fr/a' },
            { kind: 'other', url: 'https://example.fr/b' },
          ],
        },
        {
          ...heleneInput,
          identity: { firstName: '=cmd|x', lastName: 'Zed "Z"', language: 'en' },
          contact: {},
          source: 'unsolicited',
          notice: null,
        },
      ];
      for (const i of inputs) await createCandidate(ctx, i);
      const { csv, count } = await exportCandidatesCsv(ctx, lang);
      expect(count).toBe(2);
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv).toContain('\r\n');
      expect(csv).toContain(`'=cmd|x`);
      expect((await ctx.db.auditLog.toArray()).at(-1)).toMatchObject({
        action: 'candidate.export',
        entity: 'export',
      });

      const target = testContext();
      const file = fileOf(csv);
      const p = await previewImport(
        target,
        file,
        await suggestImportMapping(file.header),
        defaults,
      );
      if (!p.ok) throw new Error(JSON.stringify(p.error));
      expect(p.value.counts.valid).toBe(2);
      await commitImport(target, p.value);
      const back = readRows(
        'candidates',
        await target.db.candidates.orderBy('sortName').toArray(),
      ).map(candidateInputOf);
      const original = readRows(
        'candidates',
        await ctx.db.candidates.orderBy('sortName').toArray(),
      ).map(candidateInputOf);
      expect(back).toEqual(original);
    },
  );
});

describe('a French headhunter’s spreadsheet', () => {
  const sheet = [
    '\uFEFFNom;Prénom;E-mail;Origine;Date de réception;Remarques',
    'Lefèvre;Agnès;agnes@example.fr;Chasse directe;10/03/2026;Vue au salon',
    ';;;;;',
    'Schulz;Jonas;jonas@example.de;Direktansprache;01/03/2026;',
    'Roux;Éric;eric@example.fr;Candidature spontanée;12/03/2025;',
    ';;;;;',
    'Blanc;Lise;lise@example.fr;Bouche à oreille;05/03/2026;',
  ].join('\r\n');

  it('suggests the date of receipt and the remarks, skips and counts blank rows', async () => {
    const file = fileOf(sheet);
    expect(file.blankRows).toBe(2);
    expect(file.rows.map((r) => r.row)).toEqual([2, 4, 5, 7]);
    expect(await suggestImportMapping(file.header)).toEqual([
      'lastName',
      'firstName',
      'email',
      'source',
      'collectedOn',
      'notes',
    ]);
    for (const header of ['Eingangsdatum', 'Received on', 'Reçu le', 'Bemerkungen', 'Notes'])
      expect((await suggestImportMapping([header]))[0]).not.toBeNull();
    // nothing but blank rows is an empty file
    expect(readImportFile(bytes('Nom;Prénom\r\n;\r\n;\r\n'))).toEqual({
      ok: false,
      error: { reason: 'csv-empty' },
    });
  });

  it('lists each value of the source column with a suggestion, and remembers the choice', async () => {
    const ctx = testContext();
    const file = fileOf(sheet);
    const mapping = await suggestImportMapping(file.header);
    expect(await listImportValues(ctx, file, mapping)).toEqual([
      { field: 'source', text: 'Chasse directe', rows: 1, suggestion: 'direct-approach' },
      { field: 'source', text: 'Direktansprache', rows: 1, suggestion: 'direct-approach' },
      { field: 'source', text: 'Candidature spontanée', rows: 1, suggestion: 'unsolicited' },
      { field: 'source', text: 'Bouche à oreille', rows: 1, suggestion: null },
    ]);
    // without a choice, the unknown spelling is refused, naming it and the accepted values
    const plain = await previewImport(ctx, file, mapping, defaults);
    if (!plain.ok) throw new Error();
    expect(plain.value.rows[3]?.issues).toEqual([
      {
        row: 7,
        path: 'source',
        column: 'Origine',
        code: 'invalid-choice',
        value: 'Bouche à oreille',
        accepted: candidateSources,
      },
    ]);

    const choices = {
      source: {
        'chasse directe': 'direct-approach',
        direktansprache: 'direct-approach',
        'candidature spontanee': 'unsolicited',
        'bouche a oreille': 'referral',
      },
      language: {},
    } as const;
    const chosen = await previewImport(ctx, file, mapping, defaults, choices);
    if (!chosen.ok) throw new Error();
    expect(chosen.value.rows.map((r) => [r.row, r.status, r.input?.source])).toEqual([
      [2, 'valid', 'direct-approach'],
      [4, 'valid', 'direct-approach'],
      [5, 'expired', 'unsolicited'],
      [7, 'valid', 'referral'],
    ]);
    expect(chosen.value.counts).toMatchObject({ valid: 3, expired: 1, blank: 2 });
    expect(await commitImport(ctx, chosen.value)).toMatchObject({ ok: true });

    // the next file with the same spelling gets the choice made this time
    const next = fileOf('Nom;Prénom;Origine\r\nNoir;Paul;bouche à oreille\r\n');
    expect(await listImportValues(ctx, next, await suggestImportMapping(next.header))).toEqual([
      { field: 'source', text: 'bouche à oreille', rows: 1, suggestion: 'referral' },
    ]);
  });

  it('holds back a person whose retention is over on arrival, with the reason, until asked', async () => {
    const ctx = testContext();
    const file = fileOf(sheet);
    const mapping = await suggestImportMapping(file.header);
    const p = await previewImport(ctx, file, mapping, defaults, {
      source: { 'bouche a oreille': 'referral' },
      language: {},
    });
    if (!p.ok) throw new Error();
    const roux = p.value.rows.find((r) => r.row === 5)!;
    // a general application received a year ago: 3 months (P7), over since June 2025
    expect(roux.retentionOver).toMatchObject({
      deleteOn: '2025-06-12',
      because: [{ event: 'collected', on: '2025-03-12', months: 3, rule: 'P7' }],
    });

    const without = await commitImport(ctx, p.value);
    expect(without.ok && without.value.ids.length).toBe(3);
    expect(
      readRows('candidates', await ctx.db.candidates.toArray()).map((c) => c.identity.lastName),
    ).not.toContain('Roux');

    await ctx.db.candidates.clear();
    const withThem = await commitImport(ctx, p.value, { includeExpired: true });
    expect(withThem.ok && withThem.value.ids.length).toBe(4);
    const rows = readRows('candidates', await ctx.db.candidates.orderBy('sortName').toArray());
    // every derived field made by the one door for outside records, the same as a restore's
    for (const r of rows) {
      expect(r.deleteOn).toBe((await computeRetention(ctx.db, 'candidate', r.id))?.deleteOn);
      expect(r.searchTokens).toContain(fold(r.identity.lastName));
    }
    expect(rows.find((r) => r.identity.lastName === 'Lefèvre')).toMatchObject({
      notes: 'Vue au salon',
      source: 'direct-approach',
      noticeDueOn: '2026-04-10',
    });
  });
});
