import { describe, expect, it } from 'vitest';
import { normaliseBase, stripBase, withBase } from './base-path';

describe('base path', () => {
  it('normalises what VIVIER_BASE may hold to a path ending in /', () => {
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('/vivier')).toBe('/vivier/');
    expect(normaliseBase('/vivier/')).toBe('/vivier/');
    expect(normaliseBase(' /apps/vivier ')).toBe('/apps/vivier/');
  });

  it('refuses a base that is not a plain absolute path', () => {
    for (const bad of ['vivier/', 'https://intranet/vivier/', '/a//b/', '/../x/', '/a b/', '/x?y'])
      expect(() => normaliseBase(bad), bad).toThrow(/plain absolute path/);
  });

  it('puts app paths under the base, query strings kept', () => {
    expect(withBase('/', '/')).toBe('/');
    expect(withBase('/candidates/12', '/')).toBe('/candidates/12');
    expect(withBase('/', '/vivier/')).toBe('/vivier/');
    expect(withBase('/candidates?q=muller', '/vivier/')).toBe('/vivier/candidates?q=muller');
    expect(withBase('/rights/7/letter/ack', '/apps/vivier/')).toBe(
      '/apps/vivier/rights/7/letter/ack',
    );
    expect(() => withBase('candidates', '/vivier/')).toThrow();
  });

  it('reads URL paths back as app paths, and nothing outside the base', () => {
    expect(stripBase('/audit', '/')).toBe('/audit');
    expect(stripBase('/vivier/', '/vivier/')).toBe('/');
    expect(stripBase('/vivier', '/vivier/')).toBe('/');
    expect(stripBase('/vivier/candidates/12', '/vivier/')).toBe('/candidates/12');
    expect(stripBase('/candidates', '/vivier/')).toBeNull();
    // a sibling path that merely starts with the same letters is outside
    expect(stripBase('/vivier-old/audit', '/vivier/')).toBeNull();
  });

  it('round-trips every app path under any base', () => {
    for (const base of ['/', '/vivier/', '/a/b/'])
      for (const path of ['/', '/candidates', '/candidates/new', '/rights/1/letter/x'])
        expect(stripBase(withBase(path, base), base)).toBe(path);
  });
});
