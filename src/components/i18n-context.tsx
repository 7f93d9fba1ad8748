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
import { languageLoaded, loadLanguage, type MessageKey } from '../i18n/messages';
import { saveUiLanguage, uiLanguage } from '../i18n/ui-language';
import {
  formatBytes,
  formatDate,
  formatDateTime,
  formatNumber,
  translate,
  translatePlural,
  type Params,
  type PluralKey,
} from '../i18n/translate';

export type I18n = {
  lang: LanguageCode;
  setLang: (lang: LanguageCode) => void;
  t: (key: MessageKey, params?: Params) => string;
  /** A counted message in its plural form for `count` (Intl.PluralRules), {count} formatted. */
  plural: (key: PluralKey, count: number, params?: Params) => string;
  date: (isoDate: string) => string;
  dateTime: (iso: string) => string;
  number: (n: number) => string;
  bytes: (n: number) => string;
};

const I18nContext = createContext<I18n | null>(null);

/**
 * The UI language: follows the browser at first, then the user's choice (kept on this laptop).
 * Its catalogue is loaded before the first render (start.tsx); another is loaded when chosen.
 */
export function I18nProvider({
  children,
  initial,
}: {
  children: ReactNode;
  initial?: LanguageCode;
}) {
  const [lang, setLangState] = useState<LanguageCode>(() => initial ?? uiLanguage());
  const setLang = useCallback((next: LanguageCode) => {
    saveUiLanguage(next);
    void loadLanguage(next).then(() => setLangState(next));
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      plural: (key, count, params) => translatePlural(lang, key, count, params),
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

/**
 * Whether another language's catalogue is ready (for a document in the person's language),
 * loading it on first use.
 */
export function useCatalogue(lang: LanguageCode | undefined): boolean {
  const [, loadedNow] = useState<LanguageCode>();
  useEffect(() => {
    if (lang && !languageLoaded(lang)) void loadLanguage(lang).then(() => loadedNow(lang));
  }, [lang]);
  return lang !== undefined && languageLoaded(lang);
}
