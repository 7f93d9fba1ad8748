import type { LanguageCode } from '../domain/common';
import { backup } from './catalogues/backup';
import { common } from './catalogues/common';
import { disclosure } from './catalogues/disclosure';
import { retention } from './catalogues/retention';
import { validation } from './catalogues/validation';
import { rights } from './catalogues/rights';
import { rightsExport } from './catalogues/rights-export';
import { rightsFacts } from './catalogues/rights-facts';
import { rightsArt30 } from './catalogues/rights-art30';
import { rightsLetters } from './catalogues/rights-letters';
import { records } from './catalogues/records';
import { recordsScreens } from './catalogues/records-screens';
import { rightsUi } from './catalogues/rights-ui';

/** Every area's catalogue, merged. Add an area here with one line. */
const areas = [
  common,
  validation,
  backup,
  disclosure,
  retention,
  rights,
  rightsExport,
  rightsFacts,
  rightsArt30,
  rightsLetters,
  records,
  recordsScreens,
  rightsUi,
] as const;

type KeysOf<A> = A extends { en: infer E } ? keyof E : never;
export type MessageKey = KeysOf<(typeof areas)[number]> & string;
export type Messages = Readonly<Record<MessageKey, string>>;

const merge = (lang: LanguageCode): Messages =>
  Object.assign({}, ...areas.map((a) => a[lang])) as Messages;

export const messages: Readonly<Record<LanguageCode, Messages>> = {
  en: merge('en'),
  fr: merge('fr'),
  de: merge('de'),
};

export const languages: readonly LanguageCode[] = ['fr', 'en', 'de'];
