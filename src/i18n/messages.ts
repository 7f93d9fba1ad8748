import type { LanguageCode } from '../domain/common';
import { common } from './catalogues/common';
import { validation } from './catalogues/validation';
import { rights } from './catalogues/rights';
import { rightsExport } from './catalogues/rights-export';
import { rightsFacts } from './catalogues/rights-facts';
import { rightsArt30 } from './catalogues/rights-art30';
import { rightsLetters } from './catalogues/rights-letters';
import { rightsUi } from './catalogues/rights-ui';

/** Every area's catalogue, merged. Add an area here with one line. */
const areas = [
  common,
  validation,
  rights,
  rightsFacts,
  rightsExport,
  rightsArt30,
  rightsLetters,
  rightsUi,
] as const;

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
