import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { LanguageCode } from '../domain/common';
import type { MessageKey } from '../i18n/messages';
import {
  formatBytes,
  formatDate,
  formatDateTime,
  formatNumber,
  pickLanguage,
  translate,
  type Params,
} from '../i18n/translate';

export type I18n = {
  lang: LanguageCode;
  setLang: (lang: LanguageCode) => void;
  t: (key: MessageKey, params?: Params) => string;
  date: (isoDate: string) => string;
  dateTime: (iso: string) => string;
  number: (n: number) => string;
  bytes: (n: number) => string;
};

const storageKey = 'vivier.language';
const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): LanguageCode {
  const saved = localStorage.getItem(storageKey);
  if (saved === 'fr' || saved === 'en' || saved === 'de') return saved;
  return pickLanguage(navigator.languages ?? [navigator.language]);
}

/** The UI language: follows the browser at first, then the user's choice (kept on this laptop). */
export function I18nProvider({
  children,
  initial,
}: {
  children: ReactNode;
  initial?: LanguageCode;
}) {
  const [lang, setLangState] = useState<LanguageCode>(() => initial ?? initialLanguage());
  const setLang = useCallback((next: LanguageCode) => {
    localStorage.setItem(storageKey, next);
    setLangState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      date: (d) => formatDate(lang, d),
      dateTime: (d) => formatDateTime(lang, d),
      number: (n) => formatNumber(lang, n),
      bytes: (n) => formatBytes(lang, n),
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
