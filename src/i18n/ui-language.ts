import type { LanguageCode } from '../domain/common';
import { pickLanguage } from './translate';

const storageKey = 'vivier.language';

/** The interface language: the user's choice on this laptop, else the browser's. */
export function uiLanguage(): LanguageCode {
  const saved = localStorage.getItem(storageKey);
  if (saved === 'fr' || saved === 'en' || saved === 'de') return saved;
  return pickLanguage(navigator.languages ?? [navigator.language]);
}

export const saveUiLanguage = (lang: LanguageCode) => localStorage.setItem(storageKey, lang);
