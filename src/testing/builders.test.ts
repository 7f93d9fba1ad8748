import { describe, expect, it } from 'vitest';
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
});
