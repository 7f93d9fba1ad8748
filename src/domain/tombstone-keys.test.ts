import { describe, expect, it } from 'vitest';
import { buildCandidate, buildContact, buildReferee } from '../testing/builders';
import { canonicalPhone, identifierKeys, personIdentifierKeys } from './tombstone-keys';

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

  it('map each kind of person to the same keys, whichever field holds the email or phone', () => {
    const email = 'jean.dupont@example.fr';
    const keys = (id: string) => [`email:${email}`, `id:${id}`, 'phone:33612345678'];
    const c = buildCandidate({
      id: 'c1',
      contact: { emails: [email], phones: ['06 12 34 56 78'], addresses: [] },
    });
    const r = buildReferee({ id: 'r1', email, phone: '+33 6 12 34 56 78' });
    const k = buildContact({ id: 'k1', emails: [email], phones: ['0033 6 12 34 56 78'] });
    expect(personIdentifierKeys({ type: 'candidate', row: c })).toEqual(keys('c1'));
    expect(personIdentifierKeys({ type: 'referee', row: r })).toEqual(keys('r1'));
    expect(personIdentifierKeys({ type: 'contact', row: k })).toEqual(keys('k1'));
  });
});
