import { describe, expect, it } from 'vitest';
import { passphraseStrength } from './passphrase-strength';

describe('passphraseStrength', () => {
  it('calls short or repetitive passphrases weak', () => {
    for (const p of ['', 'password', 'aaaaaaaaaaaaaaaaaaaa', 'Vivier2026', 'deux mots'])
      expect(passphraseStrength(p), p).toBe('weak');
  });
  it('calls four random words fair, five or more strong', () => {
    expect(passphraseStrength('marron lampe vitesse brouillard')).toBe('fair');
    expect(passphraseStrength('marron lampe vitesse brouillard carafe')).toBe('strong');
  });
  it('counts long random characters as strong', () => {
    expect(passphraseStrength('q7$Kp2!xVw9#Lm4z')).toBe('strong');
  });
});
