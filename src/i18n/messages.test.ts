import { describe, expect, it } from 'vitest';
import { languages, loadLanguage, messagesOf, type MessageKey } from './messages';
import { pickLanguage, translate, formatDate } from './translate';
import { validationCodes } from '../domain/common';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  const reference = Object.keys(messagesOf('en')).sort();

  for (const lang of languages) {
    it(`${lang} has every key, non-empty, with the same placeholders as English`, () => {
      expect(Object.keys(messagesOf(lang)).sort()).toEqual(reference);
      for (const key of reference as MessageKey[]) {
        const text = messagesOf(lang)[key];
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(messagesOf('en')[key]));
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
});
