import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  candidateListKeys,
  cursorOfFacetKey,
  facetKey,
  facetPrefix,
  hasFacet,
  keyCeiling,
  namePrefixKeys,
  v2PrefixLength,
} from './list-keys';

describe('candidate list keys', () => {
  const keys = candidateListKeys({
    id: 'c1',
    sortName: 'muller helene',
    source: 'referral',
    searchTokens: [],
    applications: [
      { missionId: null, status: 'received' },
      { missionId: 'm1', status: 'submitted' },
      { missionId: 'm2', status: 'received' },
    ],
  });

  it('has one key per facet value, without duplicates', () => {
    expect(keys).toEqual([
      'source:referral\u0000muller helene\u0000c1',
      'status:received\u0000muller helene\u0000c1',
      'status:submitted\u0000muller helene\u0000c1',
      'mission:m1\u0000muller helene\u0000c1',
      'mission-status:m1:submitted\u0000muller helene\u0000c1',
      'mission:m2\u0000muller helene\u0000c1',
      'mission-status:m2:received\u0000muller helene\u0000c1',
    ]);
    expect(hasFacet(keys, { kind: 'mission-status', missionId: 'm1', status: 'submitted' })).toBe(
      true,
    );
    expect(hasFacet(keys, { kind: 'mission-status', missionId: 'm1', status: 'received' })).toBe(
      false,
    );
    expect(hasFacet(keys, { kind: 'status', status: 'hired' })).toBe(false);
  });

  it('lists a candidate under every start of every search token, up to 6 characters', () => {
    const withTokens = candidateListKeys({
      id: 'c2',
      sortName: 'von der heide jan',
      source: 'email',
      searchTokens: ['von', 'der', 'heide', 'jan', 'o'],
      applications: [],
    });
    const prefixes = withTokens
      .filter((k) => k.startsWith('prefix:'))
      .map((k) => k.slice('prefix:'.length).split('\u0000')[0]);
    expect(prefixes.sort()).toEqual(
      [
        'v',
        'vo',
        'von',
        'd',
        'de',
        'der',
        'h',
        'he',
        'hei',
        'heid',
        'heide',
        'j',
        'ja',
        'jan',
        'o',
      ].sort(),
    );
    expect(hasFacet(withTokens, { kind: 'name-prefix', prefix: 'heide' })).toBe(true);
    expect(hasFacet(withTokens, { kind: 'name-prefix', prefix: 'heid' })).toBe(true);
    // schema version 2's step, as released: 3 characters
    expect(
      namePrefixKeys({ id: 'c2', sortName: 'x', searchTokens: ['heidelberg'] }, v2PrefixLength),
    ).toEqual(['prefix:h', 'prefix:he', 'prefix:hei'].map((k) => `${k}\u0000x\u0000c2`));
    expect(
      namePrefixKeys({ id: 'c2', sortName: 'x', searchTokens: ['heidelberg'] }).map(
        (k) => k.split('\u0000')[0],
      ),
    ).toEqual([
      'prefix:h',
      'prefix:he',
      'prefix:hei',
      'prefix:heid',
      'prefix:heide',
      'prefix:heidel',
    ]);
    expect(
      namePrefixKeys({ id: 'c2', sortName: 'von der heide jan', searchTokens: ['o'] }),
    ).toEqual(['prefix:o\u0000von der heide jan\u0000c2']);
  });

  it('orders keys of one facet as (sortName, id) orders, and round-trips the cursor', () => {
    const f = { kind: 'status', status: 'hired' } as const;
    const name = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', 'z', '-'), maxLength: 6 });
    fc.assert(
      fc.property(
        name,
        name,
        fc.string({ minLength: 1 }),
        fc.string({ minLength: 1 }),
        (n1, n2, i1, i2) => {
          const a = { sortName: n1, id: i1 };
          const b = { sortName: n2, id: i2 };
          const byCursor = a.sortName < b.sortName || (a.sortName === b.sortName && a.id < b.id);
          const byKey = facetKey(f, a) < facetKey(f, b);
          if (!(a.sortName === b.sortName && a.id === b.id)) expect(byKey).toBe(byCursor);
          expect(cursorOfFacetKey(facetKey(f, a))).toEqual(a);
          expect(facetKey(f, a) < facetPrefix(f) + keyCeiling).toBe(true);
        },
      ),
    );
  });
});
