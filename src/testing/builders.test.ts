import { describe, expect, it } from 'vitest';
import { fold } from '../domain/fold';
import * as b from './builders';

describe('builders', () => {
  it('build valid rows', () => {
    expect(b.buildCandidate().searchTokens).toContain('muller');
    expect(
      b.buildApplication({
        statuses: [
          ['received', '2026-01-01'],
          ['submitted', '2026-02-01'],
        ],
      }).status,
    ).toBe('submitted');
    expect(b.buildMission().contractSignedOn).toBe('2026-01-02');
    expect(b.buildConsent().form).toBe('verbal');
    expect(b.buildContact().searchTokens).toContain('weiss');
    expect(b.buildReferee().lastName).toBe('Dupont');
    expect(b.buildOrganisation().kind).toBe('client');
  });

  it('derive sort keys with the production fold, accents and ß included', () => {
    expect(b.buildOrganisation({ name: 'Société Générale' }).sortName).toBe('societe generale');
    expect(b.buildMission({ position: 'Directrice Générale Déléguée' }).sortTitle).toBe(
      'directrice generale deleguee',
    );
    expect(b.buildOrganisation({ name: 'Großhandel Weiß' }).sortName).toBe(fold('Großhandel Weiß'));
  });
});
