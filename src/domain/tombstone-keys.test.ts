import { describe, expect, it } from 'vitest';
import { canonicalPhone, identifierKeys } from './tombstone-keys';

describe('tombstone identifier keys', () => {
  it('fold emails and put phones in international form, each key naming its kind', () => {
    expect(
      identifierKeys({
        ids: ['cand-1'],
        emails: [' Hélène.Muller@Example.FR', 'helene.muller@example.fr', null],
        phones: ['06 12 34 56 78', '+33 6 12 34 56 78', '0033612345678', null, '12'],
      }),
    ).toEqual(['email:helene.muller@example.fr', 'id:cand-1', 'phone:33612345678']);
  });

  it.each([
    ['+49 30 1234567', '49301234567'],
    ['0049 30 1234567', '49301234567'],
    ['01 23 45 67 89', '33123456789'],
  ])('%s → %s', (phone, canonical) => expect(canonicalPhone(phone)).toBe(canonical));
});
