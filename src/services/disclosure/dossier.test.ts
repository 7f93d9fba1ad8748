import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { dataCategories, type DataCategory } from '../../domain/common';
import { sha256Hex } from '../../lib/sha256';
import {
  buildCandidate,
  buildMission,
  buildOrganisation,
  buildReferee,
} from '../../testing/builders';
import { buildDossier, dossierHtml, safeFileName, type DossierInput } from './dossier';

/** A marker per category: each must appear exactly when its category is chosen. */
const markers: Record<DataCategory, string[]> = {
  identity: ['Identitaire'],
  contact: ['contact-marker@example.fr', '+33 6 99 88 77 66', 'ADDRESS-MARKER'],
  qualifications: ['QUALIF-MARKER', 'LANG-MARKER'],
  references: ['REFEREE-MARKER', 'STATEMENT-MARKER'],
  experience: ['EXPERIENCE-MARKER', 'DESCRIPTION-MARKER'],
  'profile-links': ['https://www.linkedin.com/in/link-marker'],
  psychometrics: ['PSYCHO-MARKER', 'SUMMARY-MARKER'],
  interviews: ['INTERVIEW-MARKER'],
};
/** Never in a dossier, whatever is chosen. */
const never = [
  'cand-SECRET-ID',
  'NOTICE-MARKER',
  'referral',
  'referee-secret@example.fr',
  '+33 1 11 11 11 11',
  'note-ID-MARKER',
  '2019-04-01', // collectedOn
  '2031-12-31', // deleteOn
];

function input(categories: DataCategory[], over: Partial<DossierInput> = {}): DossierInput {
  const candidate = buildCandidate({
    id: 'cand-SECRET-ID',
    identity: { firstName: 'Zoé', lastName: 'Identitaire', language: 'fr' },
    contact: {
      emails: ['contact-marker@example.fr'],
      phones: ['+33 6 99 88 77 66'],
      addresses: ['ADDRESS-MARKER'],
    },
    qualifications: [{ title: 'QUALIF-MARKER', institution: 'ESSEC', year: 2010 }],
    languages: [{ language: 'LANG-MARKER', level: 'C1' }],
    experience: [
      {
        title: 'EXPERIENCE-MARKER',
        organisation: 'Acier SA',
        from: '2015-01-01',
        to: null,
        description: 'DESCRIPTION-MARKER',
      },
    ],
    profileLinks: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/link-marker' }],
    psychometrics: [
      {
        id: 'psy-1',
        test: 'PSYCHO-MARKER',
        takenOn: '2026-02-02',
        administeredBy: 'Cabinet',
        summary: 'SUMMARY-MARKER',
        informedOfMethodOn: '2026-02-01',
        attachmentId: null,
      },
    ],
    interviewNotes: [
      { id: 'note-ID-MARKER', on: '2026-02-03', author: 'A. Martin', text: 'INTERVIEW-MARKER' },
    ],
    source: 'referral',
    collectedOn: '2019-04-01',
    deleteOn: '2031-12-31',
    notice: { givenOn: '2019-04-02', channel: 'email', givenBy: 'NOTICE-MARKER' },
  });
  return {
    candidate,
    referees: [
      buildReferee({
        candidateId: candidate.id,
        firstName: 'REFEREE-MARKER',
        email: 'referee-secret@example.fr',
        phone: '+33 1 11 11 11 11',
        statement: 'STATEMENT-MARKER',
      }),
    ],
    mission: buildMission({ position: 'Directeur financier' }),
    recipient: buildOrganisation({ name: 'Stahlwerk Saar GmbH', language: 'de' }),
    categories,
    files: [],
    now: new Date('2026-03-12T09:30:00.000Z'),
    today: '2026-03-12',
    internal: false,
    ...over,
  };
}

describe('dossierHtml: only the chosen categories', () => {
  it('holds each category’s data exactly when chosen, for every one of the 256 choices', () => {
    for (let mask = 0; mask < 1 << dataCategories.length; mask++) {
      const chosen = dataCategories.filter((_, i) => mask & (1 << i));
      const html = dossierHtml(input(chosen), []);
      for (const category of dataCategories)
        for (const marker of markers[category])
          expect(html.includes(marker), `${marker} with ${chosen.join(',')}`).toBe(
            chosen.includes(category),
          );
      for (const secret of never) expect(html, secret).not.toContain(secret);
    }
  });
});

describe('dossierHtml: escaping', () => {
  it('escapes every value taken from the records', () => {
    const evil = '<script>alert("x")</script>';
    const base = input([...dataCategories]);
    const html = dossierHtml(
      {
        ...base,
        candidate: buildCandidate({
          ...base.candidate,
          identity: { firstName: evil, lastName: `O'Brien & <b>Co</b>`, language: 'fr' },
          experience: [
            { ...base.candidate.experience[0]!, description: `${evil}\n\n<img src=x onerror=1>` },
          ],
        }),
        referees: [buildReferee({ statement: evil, relationship: '"><svg onload=1>' })],
        recipient: buildOrganisation({ name: evil, language: 'en' }),
        mission: buildMission({ position: evil }),
      },
      [`documents/${evil}.pdf`],
    );
    expect(html).not.toMatch(/<script|<img|<svg|<b>/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('O&#39;Brien &amp; &lt;b&gt;Co&lt;/b&gt;');
  });
});

describe('dossierHtml: the recipient’s language', () => {
  it.each([
    ['de', 'Beruflicher Werdegang', 'Vertraulich'],
    ['fr', 'Parcours professionnel', 'Confidentiel'],
    ['en', 'Professional background', 'Confidential'],
  ] as const)('writes the page in %s', (language, heading, notice) => {
    const html = dossierHtml(
      input(['experience'], { recipient: buildOrganisation({ language }) }),
      [],
    );
    expect(html).toContain(`<html lang="${language}">`);
    expect(html).toContain(heading);
    expect(html).toContain(notice);
  });

  it('is self-contained: no script, no remote resource', () => {
    const html = dossierHtml(input([...dataCategories]), []);
    expect(html).not.toMatch(/<script|<link|src=|@import/i);
  });

  it('does not claim consent for an internal recipient', () => {
    const html = dossierHtml(input(['identity'], { internal: true, mission: null }), []);
    expect(html).toContain('interne Zwecke');
    expect(html).not.toContain('Einwilligung');
  });
});

describe('buildDossier', () => {
  it('zips profile.html and the chosen files, with the SHA-256 of each entry', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4 CV');
    const dossier = await buildDossier(
      input(['identity', 'experience'], {
        files: [
          { name: 'CV.pdf', bytes: pdf },
          { name: 'cv.pdf', bytes: new Uint8Array([1, 2, 3]) },
          { name: '../../etc/passwd', bytes: new Uint8Array([4]) },
        ],
      }),
    );
    const zip = await JSZip.loadAsync(dossier.zip);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    expect(names.sort()).toEqual([
      'documents/CV.pdf',
      'documents/_.._etc_passwd',
      'documents/cv (2).pdf',
      'profile.html',
    ]);
    for (const f of dossier.files) {
      const bytes = await zip.file(f.name)!.async('uint8array');
      expect(f.sha256).toBe(await sha256Hex(bytes));
      expect(f.size).toBe(bytes.length);
    }
    expect(await zip.file('documents/CV.pdf')!.async('string')).toBe('%PDF-1.4 CV');
    const html = await zip.file('profile.html')!.async('string');
    expect(html).toContain('EXPERIENCE-MARKER');
    expect(html).toContain('documents/cv (2).pdf');
    expect(dossier.fileName).toBe('dossier-2026-03-12-identitaire.zip');
  });

  it('keeps the candidate’s name out of the file name when identity is not sent', async () => {
    const dossier = await buildDossier(input(['experience']));
    expect(dossier.fileName).toBe('dossier-2026-03-12-profil.zip');
  });
});

describe('safeFileName', () => {
  it.each([
    ['../../etc/passwd', '_.._etc_passwd'],
    ['C:\\Users\\cv.pdf', 'C__Users_cv.pdf'],
    ['  .hidden', 'hidden'],
    ['', 'document'],
    ['Lebenslauf Müller.pdf', 'Lebenslauf Müller.pdf'],
  ])('%s → %s', (raw, safe) => expect(safeFileName(raw)).toBe(safe));
});
