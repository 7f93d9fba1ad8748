import { describe, expect, it } from 'vitest';
import { candidateInput } from './candidate';
import {
  fieldOfPath,
  missingFields,
  parseDate,
  parseLanguage,
  parseSource,
  rowToInput,
  suggestMapping,
} from './candidate-import';

describe('suggestMapping', () => {
  it('recognises French, English and German column titles', () => {
    expect(
      suggestMapping([
        'Nom',
        'Prénom',
        'Courriel',
        'Téléphone',
        'Portable',
        'Source',
        'Date de collecte',
        'Commentaire',
      ]),
    ).toEqual([
      'lastName',
      'firstName',
      'email',
      'phone',
      'phone',
      'source',
      'collectedOn',
      'notes',
    ]);
    expect(suggestMapping(['Vorname', 'Nachname', 'E-Mail', 'Xing-Profil', 'Sprache'])).toEqual([
      'firstName',
      'lastName',
      'email',
      'xing',
      'language',
    ]);
    // a field that maps once is not taken twice
    expect(suggestMapping(['Name', 'Nom', 'First name'])).toEqual(['lastName', null, 'firstName']);
    expect(suggestMapping(['Herkunftsland'], { source: ['Herkunftsland'] })).toEqual(['source']);
  });

  it('names the required columns that are missing', () => {
    expect(missingFields(['lastName', null], false)).toEqual(['firstName', 'source']);
    expect(missingFields(['lastName', 'firstName'], true)).toEqual([]);
  });
});

describe('cell values', () => {
  it.each([
    ['LinkedIn', 'social-media'],
    ['Candidature spontanée', 'unsolicited'],
    ['Cooptation', 'referral'],
    ['Approche directe', 'direct-approach'],
    ['job-ad-reply', 'job-ad-reply'],
    ['Empfehlung', 'referral'],
    ['carrier pigeon', null],
  ])('source "%s" is %s', (text, source) => {
    expect(parseSource(text)).toBe(source);
  });

  it('reads dates and languages as written', () => {
    expect(parseDate('2026-03-12')).toBe('2026-03-12');
    expect(parseDate('12/03/2026')).toBe('2026-03-12');
    expect(parseDate('1.3.2026')).toBe('2026-03-01');
    expect(parseDate('March 12')).toBeNull();
    expect(parseLanguage('Français')).toBe('fr');
    expect(parseLanguage('Deutsch')).toBe('de');
    expect(parseLanguage('Klingon')).toBeNull();
  });
});

describe('rowToInput', () => {
  const mapping = [
    'lastName',
    'firstName',
    'email',
    'email',
    'phone',
    'linkedin',
    'source',
    'collectedOn',
    null,
  ] as const;
  const defaults = { source: null, collectedOn: '2026-03-12', language: 'fr' as const };

  it('builds a valid candidate input from a row', () => {
    const input = rowToInput(
      mapping,
      [
        ' Müller ',
        'Hélène',
        'h@example.fr, h2@example.fr',
        '',
        "'+33 6 12 34 56 78",
        'https://www.linkedin.com/in/hm',
        'LinkedIn',
        '01/03/2026',
        'ignored',
      ],
      defaults,
    );
    expect(candidateInput.parse(input)).toMatchObject({
      identity: { firstName: 'Hélène', lastName: 'Müller', language: 'fr' },
      contact: { emails: ['h@example.fr', 'h2@example.fr'], phones: ['+33 6 12 34 56 78'] },
      profileLinks: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/hm' }],
      source: 'social-media',
      collectedOn: '2026-03-01',
    });
  });

  it('passes unreadable values through so the schema names the field; defaults fill gaps', () => {
    const input = rowToInput(
      mapping,
      ['X', '', 'nope', '', '', 'ftp://x', 'pigeon', '31/02/2026'],
      defaults,
    );
    const parsed = candidateInput.safeParse(input);
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'identity.firstName',
        'contact.emails.0',
        'profileLinks.0.url',
        'source',
        'collectedOn',
      ]),
    );
    expect(paths.map((p) => fieldOfPath(p, ['linkedin']))).toEqual(
      expect.arrayContaining(['firstName', 'email', 'linkedin', 'source', 'collectedOn']),
    );
    const filled = rowToInput(['lastName', 'firstName'], ['A', 'B'], {
      ...defaults,
      source: 'website',
    });
    expect(candidateInput.parse(filled)).toMatchObject({
      source: 'website',
      collectedOn: '2026-03-12',
    });
  });
});
