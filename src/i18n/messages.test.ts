import { describe, expect, it } from 'vitest';
import { messages, languages } from './messages';
import { pickLanguage, translate, formatDate } from './translate';
import { validationCodes } from '../domain/common';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  const reference = Object.keys(messages.en).sort();

  for (const lang of languages) {
    it(`${lang} has every key, non-empty, with the same placeholders as English`, () => {
      expect(Object.keys(messages[lang]).sort()).toEqual(reference);
      for (const key of reference) {
        const text = messages[lang][key as keyof typeof messages.en];
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholders(text), `${lang} ${key}`).toEqual(
          placeholders(messages.en[key as keyof typeof messages.en]),
        );
      }
    });
  }

  it('has a text for every validation code', () => {
    for (const code of validationCodes) expect(messages.fr).toHaveProperty(`validation.${code}`);
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
