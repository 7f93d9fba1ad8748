import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold } from './fold';
import { personKeys, searchPrefix } from './person-keys';

const finds = (query: string, phones: string[]) => {
  const { searchTokens } = personKeys({ firstName: 'A', lastName: 'B', phones });
  const prefix = searchPrefix(query);
  return searchTokens.some((t) => t.startsWith(prefix));
};

describe('phone search keys', () => {
  it.each([
    ['06 12 34', '+33 6 12 34 56 78'],
    ['+33 6 12', '06 12 34 56 78'],
    ['0033 6 12', '+33 6 12 34 56 78'],
    ['0033 6 12', '06 12 34 56 78'],
    ['0681 12', '+49 681 123456'],
    ['+49 681', '0049 681 123456'],
    ['44 20 79', '0044 20 7946 0000'],
  ])('"%s" finds %s', (query, phone) => {
    expect(finds(query, [phone])).toBe(true);
  });

  it('does not find another number', () => {
    expect(finds('06 99', ['+33 6 12 34 56 78'])).toBe(false);
  });
});

describe('name search keys', () => {
  it('every word of a name, folded, finds the person', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÖØ-öø-ÿ]{1,12}$/);
    fc.assert(
      fc.property(word, word, (first, last) => {
        const { searchTokens, sortName } = personKeys({ firstName: first, lastName: last });
        expect(sortName).toBe(fold(`${last} ${first}`));
        for (const w of [first, last, first.toUpperCase()])
          expect(searchTokens.some((t) => t.startsWith(searchPrefix(w)))).toBe(true);
      }),
    );
  });
});
