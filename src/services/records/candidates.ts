import { readRows } from '../../db/rows';
import {
  candidateInput,
  candidateRow,
  privacyNotice,
  type Candidate,
} from '../../domain/candidate';
import {
  candidateInputFields,
  candidateInputOf,
  candidateIssues,
  candidateRowOf,
} from '../../domain/candidate-rules';
import { changedFields } from '../../domain/changes';
import { toIsoDate } from '../../domain/common';
import { noticeDueHorizon } from '../../domain/notice';
import { ok, type Result } from '../../domain/result';
import type { VivierDb } from '../../db/database';
import { parseRow, parseRows } from '../../db/rows';
import { transactWithAudit } from '../audit';
import { editRefusal } from './person-edit';
import { removePerson } from './removal';
import type { ServiceContext } from '../core';
import {
  invalid,
  invalidZod,
  notFound,
  type Invalid,
  type NotFound,
  type Restricted,
  type ChangedMeanwhile,
} from '../core';
import { historyOf, type HistoryEntry } from '../audit';
import { art19Tables } from '../disclosure';
import { personRectified } from '../disclosure';
import { personDatesChanged, retentionTables } from '../retention';

export async function getCandidate(db: VivierDb, id: string): Promise<Candidate | undefined> {
  const row = await db.candidates.get(id);
  return row === undefined ? undefined : parseRow(candidateRow, 'candidates', row);
}

/** Validates a candidate as typed (schema, then cross-field rules); nothing is written. */
export function validateCandidate(ctx: ServiceContext, input: unknown) {
  const parsed = candidateInput.safeParse(input);
  if (!parsed.success) return invalidZod(parsed.error);
  const issues = candidateIssues(parsed.data, toIsoDate(ctx.now));
  return issues.length > 0 ? invalid(issues) : ok(parsed.data);
}

export async function createCandidate(
  ctx: ServiceContext,
  input: unknown,
): Promise<Result<Candidate, Invalid>> {
  const valid = validateCandidate(ctx, input);
  if (!valid.ok) return valid;
  const stamp = ctx.now.toISOString();
  const row = candidateRowOf(
    valid.value,
    {
      id: crypto.randomUUID(),
      createdAt: stamp,
      updatedAt: stamp,
      deleteOn: null,
      restricted: null,
      objected: null,
    },
    [],
  );
  const stored = await transactWithAudit(ctx, [...retentionTables(ctx.db)], async () => {
    await ctx.db.candidates.add(row);
    await personDatesChanged(ctx, 'candidate', [row.id]);
    return {
      // as stored: the retention engine has just set its deletion date
      result: (await getCandidate(ctx.db, row.id))!,
      audit: [{ action: 'candidate.create', entity: 'candidate', id: row.id }],
    };
  });
  return ok(stored);
}

export type CandidateUpdate = { candidate: Candidate; changed: string[] };
type UpdateResult = Result<
  CandidateUpdate,
  Invalid | NotFound<'record'> | ChangedMeanwhile<'loaded'> | Restricted
>;

/**
 * Rectification: the whole input replaces the old one; the audit entry names the top-level
 * fields that changed. `expectedUpdatedAt` (the version the form was loaded from) refuses to
 * overwrite a save made meanwhile in another tab.
 */
export async function updateCandidate(
  ctx: ServiceContext,
  id: string,
  input: unknown,
  expectedUpdatedAt?: string,
): Promise<UpdateResult> {
  const valid = validateCandidate(ctx, input);
  if (!valid.ok) return valid;
  const tables = [...retentionTables(ctx.db), ...art19Tables(ctx.db)];
  return transactWithAudit<UpdateResult>(ctx, tables, async () => {
    const none = { audit: [] };
    const before = await getCandidate(ctx.db, id);
    if (before === undefined) return { result: notFound('record'), ...none };
    const refused = editRefusal(before, expectedUpdatedAt);
    if (refused) return { result: refused, ...none };
    const changed = changedFields(candidateInputOf(before), valid.value, [...candidateInputFields]);
    if (changed.length === 0) return { result: ok({ candidate: before, changed }), ...none };
    const applications = readRows(
      'applications',
      await ctx.db.applications.where('candidateId').equals(id).toArray(),
    );
    const row = candidateRowOf(
      valid.value,
      { ...before, updatedAt: ctx.now.toISOString() },
      applications,
    );
    await ctx.db.candidates.put(row);
    const notify = await personRectified(ctx, { personType: 'candidate', id }, changed);
    return {
      result: ok({ candidate: row, changed }),
      audit: [{ action: 'candidate.update', entity: 'candidate', id, fields: changed }, ...notify],
    };
  });
}

/** Art. 14: records that the privacy notice was given (date, channel, by whom). */
export async function recordPrivacyNotice(
  ctx: ServiceContext,
  id: string,
  notice: unknown,
): Promise<
  Result<Candidate, Invalid | NotFound<'record'> | ChangedMeanwhile<'loaded'> | Restricted>
> {
  const parsed = privacyNotice.safeParse(notice);
  if (!parsed.success) return invalidZod(parsed.error);
  const before = await getCandidate(ctx.db, id);
  if (before === undefined) return notFound('record');
  const out = await updateCandidate(
    ctx,
    id,
    { ...candidateInputOf(before), notice: parsed.data },
    before.updatedAt,
  );
  if (!out.ok) {
    // the notice's own fields are reported under their names, not under "notice."
    return out.error.reason === 'invalid'
      ? invalid(out.error.issues.map((i) => ({ ...i, path: i.path.replace(/^notice\./, '') })))
      : out;
  }
  return ok(out.value.candidate);
}

/** A user deletion: the shared erasure service (tombstone, Art. 19 to-dos). */
export function deleteCandidate(
  ctx: ServiceContext,
  id: string,
): Promise<Result<void, NotFound<'record'>>> {
  return removePerson(ctx, 'candidate', id);
}

/**
 * The candidate page's history: the candidate, its applications and referees (which fields,
 * when, by whom), newest first.
 */
export async function candidateHistory(db: VivierDb, id: string): Promise<HistoryEntry[]> {
  const [apps, referees] = await Promise.all([
    db.applications.where('candidateId').equals(id).primaryKeys(),
    db.referees.where('candidateId').equals(id).primaryKeys(),
  ]);
  return historyOf(db, [
    { entity: 'candidate', id },
    ...apps.map((a) => ({ entity: 'application', id: a })),
    ...referees.map((r) => ({ entity: 'referee', id: r })),
  ]);
}

/**
 * Art. 14 notices due within `withinDays` or overdue, by due date: an index range on
 * noticeDueOn, which is null (so not indexed) once the notice is given or when none is owed.
 */
export async function noticesDue(
  db: VivierDb,
  today: string,
  withinDays?: number,
): Promise<Candidate[]> {
  return parseRows(
    candidateRow,
    'candidates',
    await db.candidates
      .where('noticeDueOn')
      .belowOrEqual(noticeDueHorizon(today, withinDays))
      .toArray(),
  );
}
