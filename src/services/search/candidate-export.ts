import { restrictionForbids } from '../../domain/restriction';
import type { Candidate } from '../../domain/candidate';
import type { LanguageCode } from '../../domain/common';
import type { NameCursor } from '../../domain/list-keys';
import { translate } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/messages';
import { writeCsv } from '../../lib/csv';
import { transactWithAudit } from '../audit';
import type { ServiceContext } from '../core';
import { searchCandidates, type CandidateQuery } from './search';

/**
 * The columns of the export, titled with the import's own labels so that the file imports back
 * as it is (sources and languages as words the import reads back). Several values in one cell: emails and phones by ", ", addresses and links by " | ".
 */
const columns: [MessageKey, (c: Candidate, lang: LanguageCode) => string][] = [
  ['records.import.field.lastName', (c) => c.identity.lastName],
  ['records.import.field.firstName', (c) => c.identity.firstName],
  ['records.import.field.email', (c) => c.contact.emails.join(', ')],
  ['records.import.field.phone', (c) => c.contact.phones.join(', ')],
  ['records.import.field.address', (c) => c.contact.addresses.join(' | ')],
  [
    'records.import.field.language',
    (c, lang) => translate(lang, `records.lang.${c.identity.language}`),
  ],
  ['records.import.field.source', (c, lang) => translate(lang, `records.source.${c.source}`)],
  ['records.import.field.collectedOn', (c) => c.collectedOn],
  ['records.export.noticeGivenOn', (c) => c.notice?.givenOn ?? ''],
  ['records.import.field.linkedin', (c) => links(c, 'linkedin')],
  ['records.import.field.xing', (c) => links(c, 'xing')],
  ['records.import.field.otherLink', (c) => links(c, 'other')],
];

const links = (c: Candidate, kind: string) =>
  c.profileLinks
    .filter((l) => l.kind === kind)
    .map((l) => l.url)
    .join(' | ');

/**
 * The candidate list (with its search and filters) as an Excel-friendly CSV: BOM, `;`, CRLF.
 * A restricted candidate is never in it (Art. 18: their own copy is the access export).
 * Read page by page in name order; the export itself is audited (who took a copy, when), without
 * personal data.
 */
export async function exportCandidatesCsv(
  ctx: ServiceContext,
  lang: LanguageCode,
  query: CandidateQuery = {},
  today: string = ctx.now.toISOString().slice(0, 10),
): Promise<{ csv: string; count: number }> {
  const table: string[][] = [columns.map(([key]) => translate(lang, key))];
  let after: NameCursor | null = null;
  do {
    const page = await searchCandidates(ctx.db, today, query, after, 1000);
    for (const c of page.items)
      if (!restrictionForbids(c, 'export')) table.push(columns.map(([, value]) => value(c, lang)));
    after = page.next;
  } while (after !== null);
  const count = table.length - 1;
  await transactWithAudit(ctx, [], async () => ({
    result: undefined,
    audit: [{ action: 'candidate.export', entity: 'export', id: crypto.randomUUID() }],
  }));
  return { csv: writeCsv(table), count };
}
