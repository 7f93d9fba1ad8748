import type { LanguageCode } from '../domain/common';
import type { en } from './catalogues/en';

export type MessageKey = keyof typeof en & string;
export type Messages = Readonly<Record<MessageKey, string>>;

export const languages: readonly LanguageCode[] = ['fr', 'en', 'de'];

/**
 * One chunk per language, loaded on first use: start-up loads the interface language only.
 * Add an area to each language's index.ts.
 */
const loaders: Record<LanguageCode, () => Promise<Messages>> = {
  en: async () => (await import('./catalogues/en')).en,
  fr: async () => (await import('./catalogues/fr')).fr,
  de: async () => (await import('./catalogues/de')).de,
};
const loading: Partial<Record<LanguageCode, Promise<Messages>>> = {};
const loaded: Partial<Record<LanguageCode, Messages>> = {};

/** Loads a language's catalogue (once). Await it before translating into that language. */
export function loadLanguage(lang: LanguageCode): Promise<Messages> {
  return (loading[lang] ??= loaders[lang]().then((m) => (loaded[lang] = m)));
}

export const languageLoaded = (lang: LanguageCode): boolean => lang in loaded;

/** A loaded catalogue; translating into a language nobody loaded is a programming error. */
export function messagesOf(lang: LanguageCode): Messages {
  const messages = loaded[lang];
  if (!messages) throw new Error(`The ${lang} catalogue is not loaded: await loadLanguage first.`);
  return messages;
}
