import type { CandidateSource } from './candidate';
import type { IsoDate, LanguageCode } from './common';
import { fold } from './fold';

/** What a spreadsheet column can be mapped to when importing candidates. */
export const importFields = [
  'lastName',
  'firstName',
  'email',
  'phone',
  'address',
  'language',
  'source',
  'collectedOn',
  'linkedin',
  'xing',
  'otherLink',
  'notes',
] as const;
export type ImportField = (typeof importFields)[number];
/** One entry per column of the file: the field it fills, or null to ignore it. */
export type ImportMapping = readonly (ImportField | null)[];

/** Fields that may fill several columns (two e-mail columns, say); the others map once. */
const repeatable: ReadonlySet<ImportField> = new Set([
  'email',
  'phone',
  'address',
  'otherLink',
  'notes',
]);
export const isRepeatable = (field: ImportField) => repeatable.has(field);

/** Column titles seen in French, English and German spreadsheets, folded. */
export const headerSynonyms: Record<ImportField, readonly string[]> = {
  lastName: [
    'nom',
    'nom de famille',
    'last name',
    'lastname',
    'surname',
    'family name',
    'name',
    'nachname',
    'familienname',
  ],
  firstName: ['prenom', 'first name', 'firstname', 'given name', 'vorname'],
  email: [
    'e-mail',
    'email',
    'e-mails',
    'emails',
    'courriel',
    'mail',
    'adresse e-mail',
    'e-mail-adresse',
  ],
  phone: [
    'telephone',
    'telephones',
    'tel',
    'tel.',
    'phone',
    'phones',
    'mobile',
    'portable',
    'telefon',
    'handy',
    'telefonnummer',
  ],
  address: ['adresse', 'adresses', 'address', 'addresses', 'anschrift', 'adressen'],
  language: ['langue', 'language', 'sprache'],
  source: ['source', 'origine', 'quelle', 'herkunft'],
  // The day the data reached the firm starts the retention clock (P7): a spreadsheet calls it
  // the date of receipt or of application as often as the date of collection.
  collectedOn: [
    'date de collecte',
    'collecte',
    'date de reception',
    'recu le',
    'reception',
    'date de candidature',
    "date d'entree",
    'collected on',
    'collected',
    'date received',
    'received on',
    'received',
    'application date',
    'date of application',
    'date',
    'erhoben am',
    'erfasst am',
    'eingangsdatum',
    'eingegangen am',
    'eingang',
    'bewerbungsdatum',
    'datum',
  ],
  linkedin: ['linkedin', 'profil linkedin', 'linkedin profile', 'linkedin-profil'],
  xing: ['xing', 'profil xing', 'xing profile', 'xing-profil'],
  otherLink: [
    'site',
    'site web',
    'website',
    'web',
    'lien',
    'link',
    'profil',
    'profile',
    'webseite',
  ],
  notes: [
    'remarques',
    'remarque',
    'notes',
    'note',
    'commentaire',
    'commentaires',
    'observations',
    'comments',
    'comment',
    'remarks',
    'bemerkungen',
    'bemerkung',
    'notizen',
    'anmerkungen',
    'kommentar',
  ],
};

/**
 * A first guess at the mapping from the header row. `extra` adds titles (the app's own labels
 * in three languages, so that an exported file imports back as it is).
 */
export function suggestMapping(
  header: readonly string[],
  extra: Partial<Record<ImportField, readonly string[]>> = {},
): (ImportField | null)[] {
  const used = new Set<ImportField>();
  return header.map((title) => {
    const key = fold(title).replace(/[*:]/g, '').trim();
    const field = importFields.find(
      (f) =>
        (repeatable.has(f) || !used.has(f)) &&
        [...headerSynonyms[f], ...(extra[f] ?? []).map(fold)].includes(key),
    );
    if (field === undefined) return null;
    used.add(field);
    return field;
  });
}

/** Required columns a mapping lacks (the source may instead come from a default). */
export function missingFields(mapping: ImportMapping, hasDefaultSource: boolean): ImportField[] {
  const required: ImportField[] = [
    'lastName',
    'firstName',
    ...(hasDefaultSource ? [] : ['source' as const]),
  ];
  return required.filter((f) => !mapping.includes(f));
}

/** How people write each source in a spreadsheet, folded. */
export const sourceSynonyms: Record<CandidateSource, readonly string[]> = {
  email: ['email', 'e-mail', 'mail', 'courriel'],
  website: ['website', 'site', 'site web', 'site internet', 'webseite'],
  'job-ad-reply': [
    'job-ad-reply',
    'annonce',
    'reponse a annonce',
    'reponse a une annonce',
    'job ad',
    'job advert',
    'stellenanzeige',
    'anzeige',
  ],
  unsolicited: [
    'unsolicited',
    'candidature spontanee',
    'spontanee',
    'spontaneous',
    'initiativbewerbung',
    'spontanbewerbung',
  ],
  'phone-letter': ['phone-letter', 'telephone', 'courrier', 'phone', 'letter', 'telefon', 'brief'],
  'social-media': [
    'social-media',
    'linkedin',
    'xing',
    'reseaux sociaux',
    'reseau',
    'social media',
    'soziale netzwerke',
  ],
  'direct-approach': [
    'direct-approach',
    'approche directe',
    'chasse directe',
    'chasse',
    'headhunting',
    'direct approach',
    'direktansprache',
  ],
  'research-officer': [
    'research-officer',
    'charge de recherche',
    'chargee de recherche',
    'research',
    'researcher',
    'rechercheur',
  ],
  referral: ['referral', 'recommandation', 'cooptation', 'empfehlung', 'mitarbeiterempfehlung'],
};

export function parseSource(
  text: string,
  extra: Partial<Record<CandidateSource, readonly string[]>> = {},
): CandidateSource | null {
  const key = fold(text);
  const found = (Object.keys(sourceSynonyms) as CandidateSource[]).find((s) =>
    [...sourceSynonyms[s], ...(extra[s] ?? []).map(fold)].includes(key),
  );
  return found ?? null;
}

const languageSynonyms: Record<LanguageCode, readonly string[]> = {
  fr: ['fr', 'francais', 'french', 'franzosisch'],
  en: ['en', 'anglais', 'english', 'englisch'],
  de: ['de', 'allemand', 'german', 'deutsch'],
};

export function parseLanguage(text: string): LanguageCode | null {
  const key = fold(text);
  const found = (Object.keys(languageSynonyms) as LanguageCode[]).find((l) =>
    languageSynonyms[l].includes(key),
  );
  return found ?? null;
}

/** Dates as spreadsheets write them: 2026-03-12, 12/03/2026 (French), 12.03.2026 (German). */
export function parseDate(text: string): IsoDate | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : null;
}

/** Drops the apostrophe a CSV export puts before a cell that looks like a formula. */
const cellText = (raw: string | undefined): string => {
  const t = (raw ?? '').trim();
  return /^'[=+\-@\t\r]/.test(t) ? t.slice(1).trim() : t;
};

/** Columns whose cells must be one of Vivier's values: the value-mapping step lists them. */
export const listFields = ['source', 'language'] as const;
export type ListField = (typeof listFields)[number];
export type ListValue = { source: CandidateSource; language: LanguageCode };
/** The Vivier value chosen for each spelling of a file (folded), per list column. */
export type ValueChoices = { [F in ListField]: Readonly<Record<string, ListValue[F]>> };
export const noChoices: ValueChoices = { source: {}, language: {} };

/** One spelling found in a list column, how many rows use it, and the value first proposed. */
export type DistinctValue = {
  [F in ListField]: { field: F; text: string; rows: number; suggestion: ListValue[F] | null };
}[ListField];

/**
 * Every distinct value of the mapped list columns, in order of first appearance, each with a
 * suggestion: the choice made for the same spelling last time, else the known spellings in
 * French, German and English ("Chasse directe", "Direktansprache" → direct approach).
 */
export function distinctListValues(
  mapping: ImportMapping,
  rows: readonly { cells: readonly string[] }[],
  remembered: ValueChoices,
  sourceExtra: Partial<Record<CandidateSource, readonly string[]>> = {},
): DistinctValue[] {
  const found = new Map<string, DistinctValue>();
  for (const { cells } of rows)
    mapping.forEach((field, i) => {
      if (field !== 'source' && field !== 'language') return;
      const text = cellText(cells[i]);
      if (text === '') return;
      const key = `${field}:${fold(text)}`;
      const seen = found.get(key);
      if (seen) seen.rows += 1;
      else
        found.set(
          key,
          field === 'source'
            ? {
                field,
                text,
                rows: 1,
                suggestion: remembered.source[fold(text)] ?? parseSource(text, sourceExtra),
              }
            : {
                field,
                text,
                rows: 1,
                suggestion: remembered.language[fold(text)] ?? parseLanguage(text),
              },
        );
    });
  return [...found.values()];
}

export type ImportDefaults = {
  source: CandidateSource | null;
  collectedOn: IsoDate;
  language: LanguageCode;
};

/**
 * One data row as a candidate input, ready for the domain schema (which then judges it).
 * Values the file spells in its own way (a source "LinkedIn", a date 12/03/2026) are read
 * here; what cannot be read is passed through as written, so the schema names the field.
 */
export function rowToInput(
  mapping: ImportMapping,
  cells: readonly string[],
  defaults: ImportDefaults,
  sourceExtra: Partial<Record<CandidateSource, readonly string[]>> = {},
  choices: ValueChoices = noChoices,
): unknown {
  const values = (f: ImportField) =>
    mapping.flatMap((m, i) => (m === f ? [cellText(cells[i])] : [])).filter((v) => v !== '');
  const one = (f: ImportField) => values(f)[0];
  const split = (f: ImportField, by: RegExp) =>
    values(f).flatMap((v) =>
      v
        .split(by)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    );

  const sourceText = one('source');
  const dateText = one('collectedOn');
  const languageText = one('language');
  const links = [
    ...split('linkedin', /\s*\|\s*|\s+/).map((url) => ({ kind: 'linkedin', url })),
    ...split('xing', /\s*\|\s*|\s+/).map((url) => ({ kind: 'xing', url })),
    ...split('otherLink', /\s*\|\s*|\s+/).map((url) => ({ kind: 'other', url })),
  ];
  return {
    identity: {
      firstName: one('firstName') ?? '',
      lastName: one('lastName') ?? '',
      language:
        languageText === undefined
          ? defaults.language
          : (choices.language[fold(languageText)] ?? parseLanguage(languageText) ?? languageText),
    },
    contact: {
      emails: split('email', /[\s,;|]+/),
      phones: split('phone', /\s*[,;|\n]\s*/),
      addresses: split('address', /\s*\|\s*/),
    },
    profileLinks: links,
    source:
      sourceText === undefined
        ? (defaults.source ?? '')
        : (choices.source[fold(sourceText)] ?? parseSource(sourceText, sourceExtra) ?? sourceText),
    collectedOn: dateText === undefined ? defaults.collectedOn : (parseDate(dateText) ?? dateText),
    notes: values('notes').join('\n'),
  };
}

/** The import field a schema issue path belongs to, to point at the column. */
export function fieldOfPath(path: string, linkKinds: readonly string[] = []): ImportField | null {
  const [head, sub] = path.split('.');
  switch (head) {
    case 'identity':
      return sub === 'firstName' ? 'firstName' : sub === 'lastName' ? 'lastName' : 'language';
    case 'contact':
      return sub === 'emails' ? 'email' : sub === 'phones' ? 'phone' : 'address';
    case 'profileLinks': {
      const kind = linkKinds[Number(sub)];
      return kind === 'linkedin' ? 'linkedin' : kind === 'xing' ? 'xing' : 'otherLink';
    }
    case 'source':
    case 'collectedOn':
    case 'notes':
      return head;
    default:
      return null;
  }
}
