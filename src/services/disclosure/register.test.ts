import { writeCsv } from '../../lib/csv';
import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../../domain/disclosure';
import { buildCandidate } from '../../testing/builders';
import { disclosureWorld } from '../../testing/disclosure-world';
import {
  disclosureRegister,
  disclosuresOfCandidate,
  disclosuresToRecipient,
  exportRegisterCsv,
  registerCsv,
} from './register';

const hash = (c: string) => c.repeat(64);

async function world() {
  const w = await disclosureWorld();
  await w.ctx.db.candidates.add(
    buildCandidate({
      id: 'cand-2',
      identity: { firstName: 'Jean', lastName: 'Dupont; fils', language: 'fr' },
    }),
  );
  const row = (over: Partial<Disclosure>): Disclosure => ({
    id: 'd',
    candidateId: 'cand-1',
    pseudonym: hash('a'),
    missionId: 'mission-1',
    recipientId: 'org-client',
    consentId: 'consent-1',
    categories: ['identity', 'experience'],
    files: [{ name: 'profile.html', sha256: hash('f'), size: 100 }],
    by: w.user.id,
    at: '2026-03-01T08:00:00.000Z',
    ...over,
  });
  await w.ctx.db.disclosures.bulkAdd([
    row({ id: 'd1', at: '2026-02-28T23:59:59.999Z' }),
    row({ id: 'd2', at: '2026-03-01T00:00:00.000Z', recipientId: 'org-partner' }),
    row({ id: 'd3', at: '2026-03-05T12:00:00.000Z', candidateId: 'cand-2', pseudonym: hash('b') }),
    row({ id: 'd4', at: '2026-03-10T23:59:59.999Z', candidateId: null, pseudonym: hash('c') }),
    row({
      id: 'd5',
      at: '2026-03-11T00:00:00.000Z',
      missionId: null,
      recipientId: 'org-tele',
      consentId: null,
    }),
  ]);
  return w;
}

const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

describe('disclosure register', () => {
  it('lists the whole firm’s disclosures, newest first, with names', async () => {
    const w = await world();
    const all = await disclosureRegister(w.ctx.db);
    expect(ids(all)).toEqual(['d5', 'd4', 'd3', 'd2', 'd1']);
    expect(all.find((e) => e.id === 'd3')).toMatchObject({
      candidateName: 'Dupont; fils Jean',
      recipientName: 'Stahlwerk Saar GmbH',
      missionPosition: 'Directeur financier',
      byName: 'Anne Martin',
    });
    expect(all.find((e) => e.id === 'd4')!.candidateName).toBeNull();
  });

  it('filters by dates, both days included', async () => {
    const w = await world();
    const march = await disclosureRegister(w.ctx.db, { from: '2026-03-01', to: '2026-03-10' });
    expect(ids(march)).toEqual(['d4', 'd3', 'd2']);
    expect(ids(await disclosureRegister(w.ctx.db, { to: '2026-02-28' }))).toEqual(['d1']);
    expect(ids(await disclosureRegister(w.ctx.db, { from: '2026-03-11' }))).toEqual(['d5']);
  });

  it('filters by recipient and by candidate, with dates', async () => {
    const w = await world();
    expect(ids(await disclosuresToRecipient(w.ctx.db, 'org-client'))).toEqual(['d4', 'd3', 'd1']);
    expect(
      ids(await disclosuresToRecipient(w.ctx.db, 'org-client', { from: '2026-03-01' })),
    ).toEqual(['d4', 'd3']);
    expect(ids(await disclosuresOfCandidate(w.ctx.db, 'cand-1'))).toEqual(['d5', 'd2', 'd1']);
    expect(
      ids(
        await disclosureRegister(w.ctx.db, { candidateId: 'cand-1', recipientId: 'org-partner' }),
      ),
    ).toEqual(['d2']);
    expect(
      ids(await disclosureRegister(w.ctx.db, { missionId: 'mission-1', from: '2026-03-02' })),
    ).toEqual(['d4', 'd3']);
  });

  it('exports CSV for Excel: BOM, `;`, quoted where needed, headers in the user’s language', async () => {
    const w = await world();
    const csv = registerCsv(await disclosureRegister(w.ctx.db), 'fr');
    expect(
      csv.startsWith('\uFEFFDate;Candidat;Destinataire;Mission;Consentement;Catégories;'),
    ).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(7); // header, 5 rows, final empty
    expect(lines.at(-1)).toBe('');
    const d3 = lines.find((l) => l.includes('Dupont'))!;
    expect(d3).toBe(
      `2026-03-05 12:00;"Dupont; fils Jean";Stahlwerk Saar GmbH;Directeur financier;consent-1;Nom, Parcours professionnel;profile.html (${hash('f')});Anne Martin`,
    );
    expect(csv).toContain(`Candidat effacé (${hash('c').slice(0, 12)})`);
    expect(lines.find((l) => l.startsWith('2026-03-11'))).toContain(';Interne;;');
  });

  it('exports the filtered register as a CSV file', async () => {
    const w = await world();
    const blob = await exportRegisterCsv(w.ctx.db, { recipientId: 'org-partner' }, 'de');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 BOM Excel looks for
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFFDatum;Kandidat;Empfänger')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(2);
  });

  it.each([
    ['plain', 'plain'],
    ['Müller; Hélène', '"Müller; Hélène"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-1', "'-1"],
    ['+49 30 1234567', "'+49 30 1234567"],
    ['', ''],
  ])('writes the cell %j as %j', (raw, cell) =>
    expect(writeCsv([[raw]], { bom: false })).toBe(`${cell}\r\n`),
  );
});
