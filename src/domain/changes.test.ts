import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { changedFields, sameData } from './changes';

describe('changedFields', () => {
  const before = {
    identity: { firstName: 'Hélène', lastName: 'Müller' },
    contact: { emails: ['a@example.fr'], phones: [] as string[] },
    source: 'email',
    notice: null as null | { givenOn: string },
  };
  const keys = ['identity', 'contact', 'source', 'notice'] as const;

  it('names only the fields whose content differs', () => {
    const after = {
      ...before,
      identity: { lastName: 'Müller', firstName: 'Hélène' },
      contact: { emails: ['a@example.fr', 'b@example.fr'], phones: [] },
      notice: { givenOn: '2026-01-01' },
    };
    expect(changedFields(before, after, [...keys])).toEqual(['contact', 'notice']);
    expect(changedFields(before, structuredClone(before), [...keys])).toEqual([]);
  });

  it('sameData agrees with a clone and differs after any change', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(sameData(v, structuredClone(v))).toBe(true);
        expect(sameData({ v }, { v: [v] })).toBe(false);
      }),
    );
  });
});
