import { describe, expect, it } from 'vitest';
import { languages, loadLanguage, messagesOf } from './messages';
import {
  formatDate,
  formatDateTime,
  pickLanguage,
  pluralForm,
  translate,
  translateCode,
  translatePlural,
} from './translate';
import { validationCodes } from '../domain/common';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  const reference = Object.keys(messagesOf('en')).sort();

  for (const lang of languages) {
    it(`${lang} has every key, non-empty, with the same placeholders as English`, () => {
      expect(Object.keys(messagesOf(lang)).sort()).toEqual(reference);
      const texts: Readonly<Record<string, string>> = messagesOf(lang);
      const english: Readonly<Record<string, string>> = messagesOf('en');
      for (const key of reference) {
        const text = texts[key] ?? '';
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(english[key] ?? ''));
      }
    });
  }

  it('has no key in two areas (a later area would silently win)', async () => {
    for (const load of [
      () => import('./catalogues/en'),
      () => import('./catalogues/fr'),
      () => import('./catalogues/de'),
    ]) {
      const { areas } = await load();
      const keys = areas.flatMap((a) => Object.keys(a));
      expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    }
  });

  it('loads a language once and refuses to translate into one never loaded', async () => {
    expect(await loadLanguage('de')).toBe(messagesOf('de'));
    const fresh = await import('./messages?fresh' as string as './messages');
    expect(() => fresh.messagesOf('fr')).toThrow(/not loaded/);
  });

  it('has a text for every validation code', () => {
    for (const code of validationCodes)
      expect(messagesOf('fr')).toHaveProperty(`validation.${code}`);
  });

  it('fills placeholders', () => {
    expect(translate('en', 'app.name')).toBe('Vivier');
  });

  it('follows the browser language, else French', () => {
    expect(pickLanguage(['de-DE', 'en'])).toBe('de');
    expect(pickLanguage(['en-US'])).toBe('en');
    expect(pickLanguage(['es-ES', 'it'])).toBe('fr');
    expect(pickLanguage([])).toBe('fr');
  });

  it('formats dates for the language', () => {
    expect(formatDate('fr', '2029-03-12')).toBe('12 mars 2029');
    expect(formatDate('de', '2029-03-12')).toBe('12. März 2029');
    expect(formatDate('en', '2029-03-12')).toBe('12 March 2029');
  });

  it('writes the first of the month as an ordinal in French only', () => {
    expect(formatDate('fr', '2026-09-01')).toBe('1er septembre 2026');
    expect(formatDate('fr', '2026-09-11')).toBe('11 septembre 2026');
    expect(formatDate('fr', '2026-09-21')).toBe('21 septembre 2026');
    expect(formatDate('en', '2026-09-01')).toBe('1 September 2026');
    expect(formatDate('de', '2026-09-01')).toBe('1. September 2026');
    expect(formatDateTime('fr', '2026-09-01T12:00:00')).toMatch(/^1er sept\. 2026/);
  });
});

describe('codes held as text', () => {
  it('reads a stored code by its text, and an unknown code as itself', async () => {
    await loadLanguage('fr');
    expect(translateCode('fr', 'letter.field', 'email')).toBe('adresse e-mail');
    expect(translateCode('fr', 'letter.field', 'no-such-field')).toBe('no-such-field');
    expect(translateCode('fr', 'letter.field', 'constructor')).toBe('constructor');
  });
});

describe('plurals (Intl.PluralRules)', () => {
  it('chooses the form by each language rule: French 0 and 1 are singular, English 0 is plural', () => {
    expect([0, 1, 2].map((n) => pluralForm('fr', n))).toEqual(['one', 'one', 'other']);
    expect([0, 1, 2].map((n) => pluralForm('en', n))).toEqual(['other', 'one', 'other']);
    expect([0, 1, 2].map((n) => pluralForm('de', n))).toEqual(['other', 'one', 'other']);
    expect(pluralForm('fr', 1_000_000)).toBe('other'); // CLDR "many" is written as "other"
  });

  it('fills {count} as a number of the language', () => {
    expect(translatePlural('en', 'records.import.duplicates', 1)).toBe('1 possible duplicate');
    expect(translatePlural('en', 'records.import.duplicates', 2)).toBe('2 possible duplicates');
    expect(translatePlural('fr', 'records.import.duplicates', 1)).toBe('1 doublon possible');
    expect(translatePlural('fr', 'records.import.duplicates', 0)).toBe('0 doublon possible');
    expect(translatePlural('fr', 'records.import.duplicates', 3)).toBe('3 doublons possibles');
    expect(translatePlural('en', 'register.count', 1)).toBe('1 disclosure');
    expect(translatePlural('de', 'register.count', 1200)).toBe('1.200 Weitergaben');
    expect(translatePlural('en', 'backup.rotated', 1, { keep: 5 })).toBe(
      '1 older backup deleted; the last 5 are kept.',
    );
  });
});
