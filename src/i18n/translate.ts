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

/**
 * Whether a key built from a code held as plain text (a request's changed fields, an export's
 * facts) has a text: such codes come from stored data, so the compiler cannot vouch for them.
 */
export function isMessageKey(lang: LanguageCode, key: string): key is MessageKey {
  return Object.hasOwn(messagesOf(lang), key);
}

/** The text of `<prefix>.<code>` for a code held as plain text; the code itself if it has none. */
export function translateCode(
  lang: LanguageCode,
  prefix: string,
  code: string,
  params?: Params,
): string {
  const key = `${prefix}.${code}`;
  return isMessageKey(lang, key) ? translate(lang, key, params) : code;
}

/** The base of every key that comes in plural forms: both `base.one` and `base.other` exist. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer B}.other`
    ? `${B}.one` extends MessageKey
      ? B
      : never
    : never;
}[MessageKey];

const pluralRules = new Map<LanguageCode, Intl.PluralRules>();

/**
 * The catalogue form for a count, by the language's own plural rules (Intl.PluralRules): French
 * says "0 doublon possible" and "1 doublon possible" but "2 doublons possibles", English and
 * German say "1 … / 0 …s". English, French and German need only "one" and "other"; CLDR's "many"
 * (French for a million and more) is written like "other".
 */
export function pluralForm(lang: LanguageCode, count: number): 'one' | 'other' {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(locales[lang])));
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/** A counted message: the plural form of `key` for `count`, with {count} written as a number. */
export function translatePlural(
  lang: LanguageCode,
  key: PluralKey,
  count: number,
  params?: Params,
): string {
  const form: MessageKey = pluralForm(lang, count) === 'one' ? `${key}.one` : `${key}.other`;
  return translate(lang, form, {
    count: formatNumber(lang, count),
    ...params,
  });
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

/** Formats, writing the first of the month as French does: "1er septembre" (an ordinal). */
function format(lang: LanguageCode, formatter: Intl.DateTimeFormat, date: Date): string {
  if (lang !== 'fr') return formatter.format(date);
  return formatter
    .formatToParts(date)
    .map((p) => (p.type === 'day' && Number(p.value) === 1 ? '1er' : p.value))
    .join('');
}

/** A calendar date (YYYY-MM-DD) as the language writes it: "12 mars 2029", "12. März 2029". */
export function formatDate(lang: LanguageCode, isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return format(
    lang,
    new Intl.DateTimeFormat(locales[lang], { dateStyle: 'long', timeZone: 'UTC' }),
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)),
  );
}

/** An instant in the laptop's time zone. */
export function formatDateTime(lang: LanguageCode, iso: string): string {
  return format(
    lang,
    new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeStyle: 'short' }),
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
