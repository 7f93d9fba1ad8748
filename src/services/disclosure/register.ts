import { candidateRow } from '../../domain/candidate';
import { dataCategories, type IsoDate, type LanguageCode } from '../../domain/common';
import { disclosureRow, type Disclosure } from '../../domain/disclosure';
import { missionRow } from '../../domain/mission';
import { organisationRow } from '../../domain/organisation';
import { userRow } from '../../domain/user';
import { parseRow, parseRows } from '../../db/rows';
import type { VivierDb } from '../../db/database';
import { writeCsv } from '../../lib/csv';
import { translate } from '../../i18n/translate';

/** Filters of the register: dates are calendar days (UTC), both ends included. */
export type RegisterFilter = {
  from?: IsoDate;
  to?: IsoDate;
  recipientId?: string;
  candidateId?: string;
  missionId?: string;
};

/** A register line with the names it needs; null where the record is gone (erased candidate). */
export type RegisterEntry = Disclosure & {
  candidateName: string | null;
  recipientName: string | null;
  missionPosition: string | null;
  byName: string | null;
};

/**
 * The disclosure register (SPEC §1 P3, Art. 30 evidence): what went to whom, when, under which
 * consent. Newest first. Starts from the narrowest index the filter allows.
 */
export async function disclosureRegister(
  db: VivierDb,
  filter: RegisterFilter = {},
): Promise<RegisterEntry[]> {
  const from = filter.from ?? '';
  // Instants are ISO strings: every instant of the day `to` sorts before `to` + "\uffff".
  const to = filter.to === undefined ? '\uffff' : `${filter.to}\uffff`;
  const rows = await (
    filter.candidateId !== undefined
      ? db.disclosures.where('candidateId').equals(filter.candidateId)
      : filter.recipientId !== undefined
        ? db.disclosures.where('recipientId').equals(filter.recipientId)
        : db.disclosures.where('at').between(from, to, true, true)
  ).toArray();
  const list = parseRows(disclosureRow, 'disclosures', rows)
    .filter(
      (d) =>
        d.at >= from &&
        d.at <= to &&
        (filter.recipientId === undefined || d.recipientId === filter.recipientId) &&
        (filter.candidateId === undefined || d.candidateId === filter.candidateId) &&
        (filter.missionId === undefined || d.missionId === filter.missionId),
    )
    .sort((a, b) => b.at.localeCompare(a.at));
  return withNames(db, list);
}

export const disclosuresOfCandidate = (
  db: VivierDb,
  candidateId: string,
  filter: RegisterFilter = {},
) => disclosureRegister(db, { ...filter, candidateId });

export const disclosuresToRecipient = (
  db: VivierDb,
  recipientId: string,
  filter: RegisterFilter = {},
) => disclosureRegister(db, { ...filter, recipientId });

const unique = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => x !== null))];

async function withNames(db: VivierDb, list: Disclosure[]): Promise<RegisterEntry[]> {
  const [cands, orgs, missions, users] = await Promise.all([
    db.candidates.bulkGet(unique(list.map((d) => d.candidateId))),
    db.organisations.bulkGet(unique(list.map((d) => d.recipientId))),
    db.missions.bulkGet(unique(list.map((d) => d.missionId))),
    db.users.bulkGet(unique(list.map((d) => d.by))),
  ]);
  const names = new Map<string, string>();
  for (const c of cands)
    if (c) {
      const p = parseRow(candidateRow, 'candidates', c);
      names.set(`c:${p.id}`, `${p.identity.lastName} ${p.identity.firstName}`);
    }
  for (const o of orgs)
    if (o) {
      const p = parseRow(organisationRow, 'organisations', o);
      names.set(`o:${p.id}`, p.name);
    }
  for (const m of missions)
    if (m) {
      const p = parseRow(missionRow, 'missions', m);
      names.set(`m:${p.id}`, p.position);
    }
  for (const u of users)
    if (u) {
      const p = parseRow(userRow, 'users', u);
      names.set(`u:${p.id}`, p.name);
    }
  return list.map((d) => ({
    ...d,
    candidateName: d.candidateId === null ? null : (names.get(`c:${d.candidateId}`) ?? null),
    recipientName: names.get(`o:${d.recipientId}`) ?? null,
    missionPosition: d.missionId === null ? null : (names.get(`m:${d.missionId}`) ?? null),
    byName: names.get(`u:${d.by}`) ?? null,
  }));
}

/** "2026-03-12 09:30" in UTC: sorts as text and Excel reads it as a date-time. */
const instant = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

/** The register as CSV for Excel (`;`, UTF-8 BOM), headers and categories in `lang`. */
export function registerCsv(entries: readonly RegisterEntry[], lang: LanguageCode): string {
  const t = (key: Parameters<typeof translate>[1], p?: Record<string, string>) =>
    translate(lang, key, p);
  const header = [
    t('register.date'),
    t('register.candidate'),
    t('register.recipient'),
    t('register.mission'),
    t('register.consent'),
    t('register.categories'),
    t('register.files'),
    t('register.by'),
  ];
  const rows = entries.map((e) => [
    instant(e.at),
    e.candidateName ?? t('register.erased', { pseudonym: e.pseudonym.slice(0, 12) }),
    e.recipientName ?? e.recipientId,
    e.missionPosition ?? (e.missionId === null ? t('register.internal') : e.missionId),
    e.consentId ?? '',
    dataCategories
      .filter((c) => e.categories.includes(c))
      .map((c) => t(`disclosure.category.${c}`))
      .join(', '),
    e.files.map((f) => `${f.name} (${f.sha256})`).join(' | '),
    e.byName ?? e.by,
  ]);
  return writeCsv([header, ...rows]);
}

/** The filtered register as a CSV file. */
export async function exportRegisterCsv(
  db: VivierDb,
  filter: RegisterFilter,
  lang: LanguageCode,
): Promise<Blob> {
  return new Blob([registerCsv(await disclosureRegister(db, filter), lang)], {
    type: 'text/csv;charset=utf-8',
  });
}
