import type { LanguageCode } from '../domain/common';
import { messagesOf, type MessageKey } from './messages';

export type Params = Readonly<Record<string, string | number>>;

/** Looks a key up in the language's catalogue and fills its {placeholders}. */
export function translate(lang: LanguageCode, key: MessageKey, params?: Params): string {
  const text = messagesOf(lang)[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The UI language a browser asks for: French, German or English, else French. */
export function pickLanguage(preferred: readonly string[]): LanguageCode {
  for (const tag of preferred) {
    const base = tag.toLowerCase().slice(0, 2);
    if (base === 'fr' || base === 'de' || base === 'en') return base;
  }
  return 'fr';
}

const locales: Record<LanguageCode, string> = { fr: 'fr-FR', en: 'en-GB', de: 'de-DE' };
export const localeOf = (lang: LanguageCode): string => locales[lang];

/** A calendar date (YYYY-MM-DD) as the language writes it: "12 mars 2029", "12. März 2029". */
export function formatDate(lang: LanguageCode, isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)),
  );
}

/** An instant in the laptop's time zone. */
export function formatDateTime(lang: LanguageCode, iso: string): string {
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

export function formatNumber(lang: LanguageCode, n: number): string {
  return new Intl.NumberFormat(locales[lang]).format(n);
}

export function formatBytes(lang: LanguageCode, bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locales[lang], { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}
