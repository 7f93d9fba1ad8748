import { readRows } from '../../db/rows';
import type { CandidateInput, CandidateSource } from '../../domain/candidate';
import { candidateSources } from '../../domain/candidate';
import {
  distinctListValues,
  fieldOfPath,
  importFields,
  isRepeatable as repeatableField,
  missingFields,
  noChoices,
  rowToInput,
  suggestMapping,
  type DistinctValue,
  type ImportDefaults,
  type ImportField,
  type ImportMapping,
  type ValueChoices,
} from '../../domain/candidate-import';
import { candidateRowOf } from '../../domain/candidate-rules';
import { toIsoDate } from '../../domain/common';
import { incomingCandidateDate } from '../../domain/incoming';
import type { RetentionDate } from '../../domain/retention';
import { getMeta, setMeta } from '../../db/meta';
import { IncomingHistories, normaliseIncoming } from '../incoming';
import type { Candidate } from '../../domain/candidate';
import type { ValidationCode } from '../../domain/common';
import { fold } from '../../domain/fold';
import { changedMeanwhile, type ChangedMeanwhile } from '../core';
import { err, ok, type Result } from '../../domain/result';
import { languages, loadLanguage, type MessageKey } from '../../i18n/messages';
import { decodeText, parseCsv } from '../../lib/csv';
import { isQuotaError, type StorageFull } from '../records';
import { transactWithAudit } from '../audit';
import { validateCandidate } from '../records';
import type { ServiceContext } from '../core';
import { retentionTables } from '../retention';
import { readSettings } from '../../db/settings-repo';
import { tombstonesOf } from '../erasure';

/** A spreadsheet read into a header and data rows, each with the row number Excel shows. */
export type ImportFile = {
  header: string[];
  rows: { row: number; cells: string[] }[];
  /** Rows with no value in any cell (`;;;;;;`): skipped, counted. */
  blankRows: number;
  delimiter: string;
  encoding: string;
};

export type FileFailure =
  { reason: 'csv-unterminated-quote'; row: number } | { reason: 'csv-empty' };

export function readImportFile(bytes: Uint8Array): Result<ImportFile, FileFailure> {
  const { text, encoding } = decodeText(bytes);
  const parsed = parseCsv(text);
  if (!parsed.ok) return err({ reason: 'csv-unterminated-quote', row: parsed.row });
  const [header, ...data] = parsed.rows;
  if (header === undefined || data.length === 0) return err({ reason: 'csv-empty' });
  // spreadsheet row numbers: the header is row 1
  const numbered = data.map((cells, i) => ({ row: i + 2, cells }));
  const rows = numbered.filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (rows.length === 0) return err({ reason: 'csv-empty' });
  return ok({
    header: header.map((h) => h.trim()),
    rows,
    blankRows: numbered.length - rows.length,
    delimiter: parsed.delimiter,
    encoding,
  });
}

/**
 * The app's own labels in every language, so that an exported list imports back unchanged
 * (this loads every catalogue).
 */
async function importLabels() {
  const all = await Promise.all(languages.map(loadLanguage));
  const labelsOf = <K extends string>(keyOf: (k: K) => MessageKey, values: readonly K[]) =>
    Object.fromEntries(values.map((v) => [v, all.map((m) => m[keyOf(v)])])) as Record<K, string[]>;
  return {
    fields: labelsOf((f: ImportField) => `records.import.field.${f}`, importFields),
    sources: labelsOf((s: CandidateSource) => `records.source.${s}`, candidateSources),
  };
}

export const suggestImportMapping = async (header: readonly string[]) =>
  suggestMapping(header, (await importLabels()).fields);

/**
 * The value-mapping step: every distinct value of the file's list columns (source, language)
 * with a suggested Vivier value, the choices remembered from the last import first.
 */
export async function listImportValues(
  ctx: ServiceContext,
  file: ImportFile,
  mapping: ImportMapping,
): Promise<DistinctValue[]> {
  const remembered = (await getMeta(ctx.db, 'importValueChoices')) ?? noChoices;
  return distinctListValues(mapping, file.rows, remembered, (await importLabels()).sources);
}

export type RowIssue = {
  row: number;
  /** Where the problem is: a schema path (contact.emails.0) or 'email' for duplicates. */
  path: string;
  /** The file's column title, when the problem is in one column. */
  column: string | null;
  code: ValidationCode | 'duplicate-in-file' | 'duplicate-in-db' | 'erased-before';
  /** For a duplicate in the file: the row it repeats. */
  sameAsRow?: number;
  /** For a person erased here before: when (ISO instant). */
  erasedAt?: string;
  /** The value as the file wrote it, for a value the schema refused. */
  value?: string;
  /** For a list column: the values Vivier accepts (codes, translated by the screen). */
  accepted?: readonly string[];
};

export type PreviewRow = {
  row: number;
  /**
   * 'erased': someone erased here before (a tombstone matches an email or phone, SPEC §4);
   * 'expired': valid, but the retention is already over.
   */
  status: 'valid' | 'invalid' | 'duplicate' | 'erased' | 'expired';
  issues: RowIssue[];
  /** The validated input, for valid rows and duplicates. */
  input: CandidateInput | null;
  /** What the preview shows of the row: its name as read. */
  label: string;
  /** An existing candidate with the same email. */
  existingId: string | null;
  /**
   * When the retention is already over on import (a general application received seven months
   * ago, P7): the date and why. The next sweep would erase the person at once.
   */
  retentionOver: RetentionDate | null;
};

export type ImportPreview = {
  rows: PreviewRow[];
  counts: {
    total: number;
    valid: number;
    invalid: number;
    duplicates: number;
    erased: number;
    /** Rows whose retention is over (any status but invalid). */
    expired: number;
    blank: number;
  };
  /** The value mapping used, remembered when the import is written. */
  choices: ValueChoices;
};

export type ImportChoice = {
  includeDuplicates?: boolean;
  /** People erased here before, imported again on purpose (say, they applied again). */
  includeErased?: boolean;
  /** People whose retention is already over, imported anyway (the sweep will then decide). */
  includeExpired?: boolean;
};

/** The rows an import writes for these choices: the preview's count and the commit agree. */
export const chosenRows = (preview: ImportPreview, choice: ImportChoice): PreviewRow[] =>
  preview.rows.filter(
    (r) =>
      r.input !== null &&
      (r.retentionOver === null || choice.includeExpired === true) &&
      (r.status === 'valid' ||
        r.status === 'expired' ||
        (choice.includeDuplicates === true && r.status === 'duplicate') ||
        (choice.includeErased === true && r.status === 'erased')),
  );

export type MappingFailure = { reason: 'mapping-incomplete'; missing: ImportField[] };

/**
 * Checks every row with the domain schema and lists every problem with its row, column and
 * code; flags emails repeated in the file or already in the database (through the search
 * index). Writes nothing.
 */
export async function previewImport(
  ctx: ServiceContext,
  file: ImportFile,
  mapping: ImportMapping,
  defaults: ImportDefaults,
  choices: ValueChoices = noChoices,
): Promise<Result<ImportPreview, MappingFailure>> {
  const missing = missingFields(mapping, defaults.source !== null);
  if (missing.length > 0) return err({ reason: 'mapping-incomplete', missing });
  const columnOf = (field: ImportField | null) => {
    const i = field === null ? -1 : mapping.indexOf(field);
    return i < 0 ? null : (file.header[i] ?? null);
  };

  const { sources } = await importLabels();
  const rows: PreviewRow[] = file.rows.map(({ row, cells }) => {
    const raw = rowToInput(mapping, cells, defaults, sources, choices) as {
      identity: { firstName: string; lastName: string };
      profileLinks: { kind: string }[];
    };
    const label = `${raw.identity.lastName} ${raw.identity.firstName}`.trim();
    const blank = { label, existingId: null, retentionOver: null };
    // a one-value column is quoted as the file wrote it ("31/02/2026", not as read)
    const writtenIn = (field: ImportField | null) => {
      const i = field === null || repeatableField(field) ? -1 : mapping.indexOf(field);
      const cell = i < 0 ? '' : (cells[i] ?? '').trim();
      return cell === '' ? undefined : cell;
    };
    const valid = validateCandidate(ctx, raw);
    if (valid.ok) return { row, status: 'valid', issues: [], input: valid.value, ...blank };
    const kinds = raw.profileLinks.map((l) => l.kind);
    const issues = valid.error.issues.map((i): RowIssue => {
      const field = fieldOfPath(i.path, kinds);
      const value = writtenIn(field) ?? valueAt(raw, i.path);
      return {
        row,
        path: i.path,
        column: columnOf(field),
        code: i.code,
        ...(value === undefined ? {} : { value }),
        ...(field === 'source' ? { accepted: candidateSources } : {}),
        ...(field === 'language' ? { accepted: languages } : {}),
      };
    });
    return { row, status: 'invalid', issues, input: null, ...blank };
  });

  // duplicates by email: first in the file, then against the database
  const firstRowOf = new Map<string, number>();
  for (const r of rows) {
    if (r.input === null) continue;
    for (const e of r.input.contact.emails.map(fold)) {
      const first = firstRowOf.get(e);
      if (first === undefined) firstRowOf.set(e, r.row);
      else if (first !== r.row) {
        r.status = 'duplicate';
        r.issues.push({
          row: r.row,
          path: 'email',
          column: columnOf('email'),
          code: 'duplicate-in-file',
          sameAsRow: first,
        });
      }
    }
  }
  const existing = await existingByEmail(ctx, [...firstRowOf.keys()]);
  for (const r of rows) {
    const hit = r.input?.contact.emails.map(fold).find((e) => existing.has(e));
    if (hit === undefined) continue;
    r.status = 'duplicate';
    r.existingId = existing.get(hit) ?? null;
    r.issues.push({
      row: r.row,
      path: 'email',
      column: columnOf('email'),
      code: 'duplicate-in-db',
    });
  }

  // an erased person never comes back silently: their rows wait for an explicit choice
  const checked = rows.filter((r) => r.input !== null);
  const erased = await tombstonesOf(
    ctx.db,
    checked.map((r) => ({ emails: r.input!.contact.emails, phones: r.input!.contact.phones })),
  );
  checked.forEach((r, i) => {
    const tombstone = erased[i];
    if (!tombstone) return;
    r.status = 'erased';
    r.issues.push({
      row: r.row,
      path: 'email',
      column: columnOf('email'),
      code: 'erased-before',
      erasedAt: tombstone.erasedAt,
    });
  });

  // A person whose retention is already over would be erased by the next sweep: said first.
  const rules = (await readSettings(ctx.db)).retention;
  const today = toIsoDate(ctx.now);
  for (const r of checked) {
    const date = dateOnArrival(r.input!, rules);
    if (date.deleteOn >= today) continue;
    r.retentionOver = date;
    if (r.status === 'valid') r.status = 'expired';
  }

  const count = (s: PreviewRow['status']) => rows.filter((r) => r.status === s).length;
  return ok({
    rows,
    counts: {
      total: rows.length,
      valid: count('valid'),
      invalid: count('invalid'),
      duplicates: count('duplicate'),
      erased: count('erased'),
      expired: rows.filter((r) => r.retentionOver !== null).length,
      blank: file.blankRows,
    },
    choices,
  });
}

/** The value at a schema path of the row as read (`contact.emails.0`), when it is text. */
function valueAt(raw: unknown, path: string): string | undefined {
  let at: unknown = raw;
  for (const part of path.split('.'))
    at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined;
  return typeof at === 'string' && at !== '' ? at : undefined;
}

type Rules = Awaited<ReturnType<typeof readSettings>>['retention'];

/**
 * A new candidate's row as the one door for outside records makes it (services/incoming):
 * every derived field (deletion date, search and list keys, Art. 14 due date) recomputed.
 */
function incomingRow(
  input: CandidateInput,
  meta: Pick<Candidate, 'id' | 'createdAt'>,
  rules: Rules,
) {
  const histories = new IncomingHistories(rules);
  const draft = candidateRowOf(
    input,
    { ...meta, updatedAt: meta.createdAt, deleteOn: null, restricted: null, objected: null },
    [],
  );
  histories.candidate(draft);
  return { row: normaliseIncoming('candidates', draft, histories.context()), histories };
}

/** The deletion date the row would get on arrival, and why. */
function dateOnArrival(input: CandidateInput, rules: Rules): RetentionDate {
  const { row, histories } = incomingRow(input, { id: 'preview', createdAt: '' }, rules);
  return incomingCandidateDate(histories.context(), row.id)!;
}

/** Candidates that hold one of these (folded) emails, from the search index. */
async function existingByEmail(ctx: ServiceContext, emails: readonly string[]) {
  const found = new Map<string, string>();
  if (emails.length === 0) return found;
  const wanted = new Set(emails);
  const rows = await ctx.db.candidates
    .where('searchTokens')
    .anyOf([...wanted])
    .toArray();
  for (const c of readRows('candidates', rows))
    for (const e of c.contact.emails.map(fold)) if (wanted.has(e)) found.set(e, c.id);
  return found;
}

export type ImportProgress = { done: number; total: number };
export type CommitFailure =
  { reason: 'nothing-to-import' } | ChangedMeanwhile<'previewed'> | StorageFull;

const chunk = 500;

/**
 * Writes the previewed rows in ONE transaction: every candidate and its audit entry, or
 * nothing (a full disk, a duplicate that appeared meanwhile). Invalid rows are never written;
 * duplicates and people erased before only when asked.
 */
export async function commitImport(
  ctx: ServiceContext,
  preview: ImportPreview,
  options: ImportChoice & { onProgress?: (p: ImportProgress) => void } = {},
): Promise<Result<{ ids: string[] }, CommitFailure>> {
  const chosen = chosenRows(preview, options);
  if (chosen.length === 0) return err({ reason: 'nothing-to-import' });
  const stamp = ctx.now.toISOString();
  const knownDuplicates = new Set(
    chosen.flatMap((r) => (r.existingId === null ? [] : [r.existingId])),
  );
  const emails = [...new Set(chosen.flatMap((r) => r.input!.contact.emails.map(fold)))];
  type Out = Result<{ ids: string[] }, CommitFailure>;
  try {
    return await transactWithAudit<Out>(
      ctx,
      [...retentionTables(ctx.db), ctx.db.meta],
      async () => {
        // someone may have added the same people since the preview
        const now = await existingByEmail(ctx, emails);
        if ([...now.values()].some((id) => !knownDuplicates.has(id)))
          return { result: changedMeanwhile('previewed'), audit: [] };
        const rules = (await readSettings(ctx.db)).retention;
        const dated = chosen.map(
          (r) => incomingRow(r.input!, { id: crypto.randomUUID(), createdAt: stamp }, rules).row,
        );
        await rememberChoices(ctx, preview.choices);
        for (let i = 0; i < dated.length; i += chunk) {
          await ctx.db.candidates.bulkAdd(dated.slice(i, i + chunk));
          options.onProgress?.({ done: Math.min(i + chunk, dated.length), total: dated.length });
        }
        const ids = dated.map((r) => r.id);
        return {
          result: ok({ ids }),
          audit: ids.map((id) => ({ action: 'candidate.import', entity: 'candidate', id })),
        };
      },
    );
  } catch (e) {
    if (isQuotaError(e)) return err({ reason: 'storage-full' });
    throw e;
  }
}

/** The value mapping of this file, added to the spellings remembered from earlier files. */
async function rememberChoices(ctx: ServiceContext, choices: ValueChoices) {
  const before = (await getMeta(ctx.db, 'importValueChoices')) ?? noChoices;
  await setMeta(ctx.db, 'importValueChoices', {
    source: { ...before.source, ...choices.source },
    language: { ...before.language, ...choices.language },
  });
}
