import { describe, expect, it } from 'vitest';
import { personTypes } from '../../domain/common';
import {
  refusalGrounds,
  requestTypes,
  rightsRequestRow,
  type RightsRequest,
} from '../../domain/rights-request';
import { policyController } from '../../domain/settings';
import { languages } from '../../i18n/messages';
import type { letterKinds } from './letters';
import { availableLetters, composeLetter, type Letter, type LetterFacts } from './letters';
import { rectifiableFields } from './subjects';

const base = (over: Partial<RightsRequest> = {}): RightsRequest =>
  rightsRequestRow.parse({
    id: 'a1b2c3d4-0000-4000-8000-000000000000',
    type: 'access',
    subjectType: 'candidate',
    subjectId: 'cand-1',
    receivedOn: '2026-03-02',
    channel: 'email',
    language: 'fr',
    dueOn: '2026-04-02',
    status: 'completed',
    closedOn: '2026-03-09',
    createdAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-03-09T10:00:00.000Z',
    ...over,
  });

const facts: LetterFacts = {
  controller: policyController,
  today: '2026-03-09',
  to: { name: 'Hélène Müller', address: '12 rue des Lilas\n75011 Paris' },
  recipientNames: ['Stahlwerk Saar GmbH', 'Cabinet Partenaire'],
};

const textOf = (l: Letter) =>
  [l.subject, l.salutation, ...l.paragraphs, l.closing, l.date, l.reference].join('\n');

function letter(
  kind: (typeof letterKinds)[number],
  r: RightsRequest,
  f: LetterFacts = facts,
): Letter {
  const result = composeLetter(kind, r, f);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('response letters', () => {
  it('has a complete letter for every type, outcome and language, with nothing left unfilled', () => {
    for (const language of languages)
      for (const type of requestTypes) {
        const outcomes: RightsRequest[] = [
          base({ language, type, changedFields: ['contact'] }),
          base({ language, type, subjectId: null, subjectType: null }),
          ...refusalGrounds.map((ground) =>
            base({ language, type, status: 'refused', refusal: { ground, note: 'Note' } }),
          ),
        ];
        for (const r of outcomes) {
          const l = letter('answer', r);
          expect(l.paragraphs.length).toBeGreaterThan(1);
          expect(textOf(l), `${language} ${type} ${r.status}`).not.toMatch(/[{}]|undefined/);
        }
      }
  });

  it('answers an erasure in French with the date and the recipients told (Art. 19)', () => {
    const l = letter('answer', base({ type: 'erasure' }));
    expect(l.subject).toBe(
      'Votre demande d’effacement de vos données personnelles, reçue le 2 mars 2026',
    );
    expect(l.paragraphs[0]).toContain('le 9 mars 2026');
    expect(l.paragraphs[1]).toContain('Stahlwerk Saar GmbH, Cabinet Partenaire');
    expect(l.salutation).toBe('Madame, Monsieur,');
    expect(l.to).toEqual(['Hélène Müller', '12 rue des Lilas', '75011 Paris']);
    expect(l.reference).toBe('Nos références : A1B2C3D4');
    expect(l.from[0]).toBe('IMS International Management Services SAS');
  });

  it('names the changed fields of a rectification in words', () => {
    const l = letter(
      'answer',
      base({ type: 'rectification', language: 'de', changedFields: ['contact', 'experience'] }),
    );
    expect(l.paragraphs[0]).toBe(
      'Wir haben Ihre Daten wie gewünscht berichtigt. Folgende Angaben wurden geändert: Kontaktdaten, beruflicher Werdegang.',
    );
  });

  it('has words for every field a rectification can name', () => {
    for (const type of personTypes)
      for (const field of rectifiableFields(type)) {
        const l = letter(
          'answer',
          base({ type: 'rectification', language: 'en', changedFields: [field] }),
        );
        expect(l.paragraphs[0], field).not.toContain('letter.field');
      }
  });

  it('tells a refused person the ground, the note and the remedies (Art. 12(4))', () => {
    const l = letter(
      'answer',
      base({
        type: 'erasure',
        language: 'en',
        status: 'refused',
        refusal: { ground: 'legal-claims', note: 'A fee dispute is pending.' },
      }),
    );
    expect(l.paragraphs[0]).toContain('Art. 17(3)(e)');
    expect(l.paragraphs[1]).toBe('In detail: A fee dispute is pending.');
    expect(l.paragraphs[2]).toContain('CNIL (3 Place de Fontenoy, 75007 Paris, www.cnil.fr)');
  });

  it("answers a client contact's objection as a marketing opt-out", () => {
    const l = letter('answer', base({ type: 'objection', subjectType: 'contact', language: 'en' }));
    expect(l.paragraphs[0]).toContain('no longer receive any marketing');
  });

  it('acknowledges with the due date, promising a week for an erasure (P9)', () => {
    const l = letter(
      'acknowledgement',
      base({
        type: 'erasure',
        status: 'received',
        closedOn: null,
        dueOn: '2026-03-09',
        language: 'en',
      }),
    );
    expect(l.paragraphs[0]).toBe(
      'We received your request on 2 March 2026. We will answer it by 9 March 2026 at the latest.',
    );
    expect(l.paragraphs[1]).toContain('within one week');
  });

  it('tells the person of an extension with its reason and new date (Art. 12(3))', () => {
    const r = base({
      status: 'in-progress',
      closedOn: null,
      extension: { reason: 'records in three archives', dueOn: '2026-06-02', toldOn: '2026-03-20' },
    });
    expect(letter('extension', r).paragraphs[0]).toContain('records in three archives');
    expect(letter('extension', r).paragraphs[0]).toContain('2 juin 2026');
    expect(composeLetter('extension', base(), facts)).toEqual({ ok: false, error: 'no-extension' });
  });

  it('offers only the letters that fit the request', () => {
    const open = base({ status: 'received', closedOn: null });
    expect(availableLetters(open)).toEqual(['acknowledgement', 'identity']);
    expect(composeLetter('answer', open, facts)).toEqual({
      ok: false,
      error: 'request-still-open',
    });
    expect(availableLetters(base({ type: 'restriction' }))).toEqual([
      'acknowledgement',
      'identity',
      'answer',
      'restriction-lifted',
    ]);
    expect(
      letter('restriction-lifted', base({ type: 'restriction' }), {
        ...facts,
        liftOn: '2026-05-01',
      }).paragraphs[0],
    ).toContain('1er mai 2026');
  });
});
