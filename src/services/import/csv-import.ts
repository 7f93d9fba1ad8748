import { readRows } from '../../db/rows';
import type { CandidateInput, CandidateSource } from '../../domain/candidate';
import { candidateSources } from '../../domain/candidate';
import {
  fieldOfPath,
  importFields,
  missingFields,
  rowToInput,
  suggestMapping,
  type ImportDefaults,
  type ImportField,
  type ImportMapping,
} from '../../domain/candidate-import';
import { candidateRowOf } from '../../domain/candidate-rules';
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
import { candidateRetention } from '../../domain/retention';
import { readSettings } from '../../db/settings-repo';
import { tombstonesOf } from '../erasure';

/** A spreadsheet read into a header and data rows, each with the row number Excel shows. */
export type ImportFile = {
  header: string[];
  rows: { row: number; cells: string[] }[];
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
  return ok({
    header: header.map((h) => h.trim()),
    // spreadsheet row numbers: the header is row 1
    rows: data.map((cells, i) => ({ row: i + 2, cells })),
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
};

export type PreviewRow = {
  row: number;
  /** 'erased': someone erased here before (a tombstone matches an email or phone, SPEC §4). */
  status: 'valid' | 'invalid' | 'duplicate' | 'erased';
  issues: RowIssue[];
  /** The validated input, for valid rows and duplicates. */
  input: CandidateInput | null;
  /** What the preview shows of the row: its name as read. */
  label: string;
  /** An existing candidate with the same email. */
  existingId: string | null;
};

export type ImportPreview = {
  rows: PreviewRow[];
  counts: { total: number; valid: number; invalid: number; duplicates: number; erased: number };
};

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
): Promise<Result<ImportPreview, MappingFailure>> {
  const missing = missingFields(mapping, defaults.source !== null);
  if (missing.length > 0) return err({ reason: 'mapping-incomplete', missing });
  const columnOf = (field: ImportField | null) => {
    const i = field === null ? -1 : mapping.indexOf(field);
    return i < 0 ? null : (file.header[i] ?? null);
  };

  const { sources } = await importLabels();
  const rows: PreviewRow[] = file.rows.map(({ row, cells }) => {
    const raw = rowToInput(mapping, cells, defaults, sources) as {
      identity: { firstName: string; lastName: string };
      profileLinks: { kind: string }[];
    };
    const label = `${raw.identity.lastName} ${raw.identity.firstName}`.trim();
    const valid = validateCandidate(ctx, raw);
    if (valid.ok)
      return { row, status: 'valid', issues: [], input: valid.value, label, existingId: null };
    const kinds = raw.profileLinks.map((l) => l.kind);
    const issues = valid.error.issues.map((i) => ({
      row,
      path: i.path,
      column: columnOf(fieldOfPath(i.path, kinds)),
      code: i.code,
    }));
    return { row, status: 'invalid', issues, input: null, label, existingId: null };
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

  const count = (s: PreviewRow['status']) => rows.filter((r) => r.status === s).length;
  return ok({
    rows,
    counts: {
      total: rows.length,
      valid: count('valid'),
      invalid: count('invalid'),
      duplicates: count('duplicate'),
      erased: count('erased'),
    },
  });
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
  options: {
    includeDuplicates?: boolean;
    /** People erased here before, imported again on purpose (say, they applied again). */
    includeErased?: boolean;
    onProgress?: (p: ImportProgress) => void;
  } = {},
): Promise<Result<{ ids: string[] }, CommitFailure>> {
  const chosen = preview.rows.filter(
    (r) =>
      r.input !== null &&
      (r.status === 'valid' ||
        (options.includeDuplicates && r.status === 'duplicate') ||
        (options.includeErased && r.status === 'erased')),
  );
  if (chosen.length === 0) return err({ reason: 'nothing-to-import' });
  const stamp = ctx.now.toISOString();
  const rows: Candidate[] = chosen.map((r) =>
    candidateRowOf(
      r.input!,
      {
        id: crypto.randomUUID(),
        createdAt: stamp,
        updatedAt: stamp,
        deleteOn: null,
        restricted: null,
        objected: null,
      },
      [],
    ),
  );
  const knownDuplicates = new Set(
    chosen.flatMap((r) => (r.existingId === null ? [] : [r.existingId])),
  );
  const emails = [...new Set(chosen.flatMap((r) => r.input!.contact.emails.map(fold)))];
  type Out = Result<{ ids: string[] }, CommitFailure>;
  try {
    return await transactWithAudit<Out>(ctx, retentionTables(ctx.db), async () => {
      // someone may have added the same people since the preview
      const now = await existingByEmail(ctx, emails);
      if ([...now.values()].some((id) => !knownDuplicates.has(id)))
        return { result: changedMeanwhile('previewed'), audit: [] };
      // A new candidate has no application or consent yet: their date follows from the date
      // collected alone, computed here by the same rule, so each row is written once, dated.
      const rules = (await readSettings(ctx.db)).retention;
      const dated = rows.map((r) => ({
        ...r,
        deleteOn: candidateRetention(
          { collectedOn: r.collectedOn, applications: [], consents: [] },
          rules,
        ).deleteOn,
      }));
      for (let i = 0; i < dated.length; i += chunk) {
        await ctx.db.candidates.bulkAdd(dated.slice(i, i + chunk));
        options.onProgress?.({ done: Math.min(i + chunk, dated.length), total: dated.length });
      }
      const ids = dated.map((r) => r.id);
      return {
        result: ok({ ids }),
        audit: ids.map((id) => ({ action: 'candidate.import', entity: 'candidate', id })),
      };
    });
  } catch (e) {
    if (isQuotaError(e)) return err({ reason: 'storage-full' });
    throw e;
  }
}
