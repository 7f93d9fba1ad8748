import type { LanguageCode } from '../domain/common';
import { backup } from './catalogues/backup';
import { common } from './catalogues/common';
import { validation } from './catalogues/validation';

/** Every area's catalogue, merged. Add an area here with one line. */
const areas = [common, validation, backup] as const;

type Merge<T extends readonly { en: object }[]> = T extends readonly [
  infer H extends { en: object },
  ...infer R extends readonly { en: object }[],
]
  ? H['en'] & Merge<R>
  : unknown;

export type MessageKey = keyof Merge<typeof areas> & string;
export type Messages = Readonly<Record<MessageKey, string>>;

const merge = (lang: LanguageCode): Messages =>
  Object.assign({}, ...areas.map((a) => a[lang])) as Messages;

export const messages: Readonly<Record<LanguageCode, Messages>> = {
  en: merge('en'),
  fr: merge('fr'),
  de: merge('de'),
};

export const languages: readonly LanguageCode[] = ['fr', 'en', 'de'];
