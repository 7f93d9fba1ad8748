import { describe, expect, it } from 'vitest';
import { consentStandings } from './consent-state';

const mission = { id: 'm1', clientId: 'client', partnerId: 'partner' };

describe('consent standings', () => {
  it('lists the client and the partner firm even when nobody asked them', () => {
    expect(consentStandings([], mission)).toEqual([
      { recipientId: 'client', standing: 'none' },
      { recipientId: 'partner', standing: 'none' },
    ]);
  });

  it('says active, withdrawn or none per recipient, for this mission only', () => {
    const out = consentStandings(
      [
        { missionId: 'm1', recipientId: 'client', state: 'withdrawn' },
        { missionId: 'm1', recipientId: 'other', state: 'active' },
        { missionId: 'm2', recipientId: 'partner', state: 'active' },
      ],
      mission,
    );
    expect(out).toEqual([
      { recipientId: 'client', standing: 'withdrawn' },
      { recipientId: 'partner', standing: 'none' },
      { recipientId: 'other', standing: 'active' },
    ]);
  });

  it('is active when a newer consent replaced a withdrawn one, none when only superseded or future', () => {
    const standing = (states: ('active' | 'withdrawn' | 'superseded' | 'future')[]) =>
      consentStandings(
        states.map((state) => ({ missionId: 'm1', recipientId: 'client', state })),
        { id: 'm1', clientId: 'client', partnerId: null },
      )[0]!.standing;
    expect(standing(['withdrawn', 'active'])).toBe('active');
    expect(standing(['superseded'])).toBe('none');
    expect(standing(['future'])).toBe('none');
  });
});
