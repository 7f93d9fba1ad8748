import { describe, expect, it } from 'vitest';
import { candidateRetention } from '../domain/retention';
import { applyPreset } from '../domain/retention-presets';
import { policyRetention } from '../domain/settings';
import { explainRetention, formatPeriod } from './retention-text';

const submitted = candidateRetention(
  {
    collectedOn: '2026-01-10',
    applications: [
      {
        id: 'a1',
        missionId: 'm1',
        receivedOn: '2026-01-10',
        status: 'submitted',
        events: [
          { status: 'received', on: '2026-01-10' },
          { status: 'submitted', on: '2026-03-12' },
        ],
      },
    ],
    consents: [],
  },
  policyRetention,
);
const names = () => ({ client: 'Client X', position: 'Directeur financier' });

describe('retention explanations', () => {
  it('says why, in the words of the issue, in English, French and German', () => {
    expect(explainRetention('en', submitted, names)).toEqual({
      heading: 'Kept until 12 March 2029 because:',
      lines: ['submitted to Client X on 12 March 2026 (3 years, policy rule P7)'],
      blocked: null,
    });
    expect(explainRetention('fr', submitted, names).lines).toEqual([
      'présenté à Client X le 12 mars 2026 (3 ans, règle P7 de la politique)',
    ]);
    expect(explainRetention('fr', submitted, names).heading).toBe(
      'Conservé jusqu’au 12 mars 2029, car :',
    );
    expect(explainRetention('de', submitted, names).lines).toEqual([
      'am 12. März 2026 Client X vorgestellt (3 Jahre, Regel P7 der Datenschutzerklärung)',
    ]);
  });

  it('names the German block', () => {
    const rejected = candidateRetention(
      {
        collectedOn: '2026-01-05',
        applications: [
          {
            id: 'a1',
            missionId: 'm1',
            receivedOn: '2026-01-05',
            status: 'rejected',
            events: [
              { status: 'received', on: '2026-01-05' },
              { status: 'rejected', on: '2026-02-10' },
            ],
          },
        ],
        consents: [],
      },
      applyPreset(policyRetention, 'germany'),
    );
    expect(explainRetention('de', rejected, names)).toMatchObject({
      lines: ['Bewerbung abgelehnt am 10. Februar 2026 (6 Monate, deutsche Praxis, AGG-Frist)'],
      blocked:
        'Gesperrt seit 10. Februar 2026: nur für mögliche Rechtsansprüche aufbewahrt, nicht für die Personalsuche genutzt.',
    });
  });

  it.each([
    ['en', 3, '3 months'],
    ['en', 1, '1 month'],
    ['en', 12, '1 year'],
    ['fr', 36, '3 ans'],
    ['fr', 1, '1 mois'],
    ['de', 6, '6 Monate'],
    ['de', 24, '2 Jahre'],
    ['de', 18, '18 Monate'],
  ] as const)('%s: %i months = %s', (lang, months, text) => {
    expect(formatPeriod(lang, months)).toBe(text);
  });
});
