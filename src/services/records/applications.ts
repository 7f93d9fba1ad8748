import { readMaybe, readRow } from '../../db/rows';
import {
  applicationInput,
  applicationRow,
  type Application,
  type PipelineStatus,
} from '../../domain/application';
import { toIsoDate, type FieldIssue } from '../../domain/common';
import { appendMove, applicationMove } from '../../domain/pipeline';
import { err, ok, type Result } from '../../domain/result';
import type { VivierDb } from '../../db/database';
import { parseRow, parseRows } from '../../db/rows';
import { transactWithAudit } from '../audit';
import { refreshCandidateFacets } from '../search';
import type { ServiceContext } from '../core';
import { invalid, invalidZod, notFound, type Invalid, type NotFound } from '../core';
import { personDatesChanged, retentionTables } from '../retention';
import type { RecordsRefusal } from './reasons';

export type AlreadyApplied = RecordsRefusal<'already-applied'> & { applicationId: string };
export type SameStatus = RecordsRefusal<'same-status'>;

const byReceived = (a: Application, b: Application) =>
  a.receivedOn < b.receivedOn ? 1 : a.receivedOn > b.receivedOn ? -1 : 0;

export async function getApplication(db: VivierDb, id: string): Promise<Application | undefined> {
  const row = await db.applications.get(id);
  return row === undefined ? undefined : parseRow(applicationRow, 'applications', row);
}

/** A candidate's applications, newest first. */
export async function applicationsOfCandidate(db: VivierDb, candidateId: string) {
  const rows = await db.applications.where('candidateId').equals(candidateId).toArray();
  return parseRows(applicationRow, 'applications', rows).sort(byReceived);
}

/** A mission's pipeline: its applications grouped by status, newest first in each column. */
export async function pipelineOfMission(
  db: VivierDb,
  missionId: string,
): Promise<Record<PipelineStatus, Application[]>> {
  const rows = await db.applications.where('missionId').equals(missionId).toArray();
  const board: Record<PipelineStatus, Application[]> = {
    received: [],
    screening: [],
    interviewed: [],
    submitted: [],
    hired: [],
    rejected: [],
    withdrawn: [],
  };
  for (const a of parseRows(applicationRow, 'applications', rows).sort(byReceived))
    board[a.status].push(a);
  return board;
}

const tablesOf = (ctx: ServiceContext) => [...retentionTables(ctx.db), ctx.db.missions];

/**
 * A candidate applies for a mission, or applies generally (missionId null: P7's 3-month case).
 * The first event is 'received' on the received date. A candidate applies once per mission.
 */
export async function createApplication(
  ctx: ServiceContext,
  input: unknown,
): Promise<Result<Application, Invalid | AlreadyApplied>> {
  const parsed = applicationInput.safeParse(input);
  if (!parsed.success) return invalidZod(parsed.error);
  const data = parsed.data;
  if (data.receivedOn > toIsoDate(ctx.now))
    return invalid([{ path: 'receivedOn', code: 'date-in-future' }]);
  const stamp = ctx.now.toISOString();
  const row: Application = {
    ...data,
    id: crypto.randomUUID(),
    status: 'received',
    events: [{ status: 'received', on: data.receivedOn, at: stamp, by: ctx.actor, note: '' }],
    createdAt: stamp,
    updatedAt: stamp,
  };
  type Out = Result<Application, Invalid | AlreadyApplied>;
  return transactWithAudit<Out>(ctx, tablesOf(ctx), async () => {
    const none = { audit: [] };
    const issues: FieldIssue[] = [];
    if ((await ctx.db.candidates.get(data.candidateId)) === undefined)
      issues.push({ path: 'candidateId', code: 'invalid-choice' });
    if (data.missionId !== null && (await ctx.db.missions.get(data.missionId)) === undefined)
      issues.push({ path: 'missionId', code: 'invalid-choice' });
    if (issues.length > 0) return { result: invalid(issues), ...none };
    if (data.missionId !== null) {
      const existing = await ctx.db.applications
        .where('candidateId')
        .equals(data.candidateId)
        .filter((a) => a.missionId === data.missionId)
        .first();
      if (existing !== undefined)
        return {
          result: err({
            reason: 'already-applied' as const,
            applicationId: readRow('applications', existing).id,
          }),
          ...none,
        };
    }
    await ctx.db.applications.add(row);
    await refreshCandidateFacets(ctx, row.candidateId);
    // RETENTION: a received application starts (or extends) the candidate's retention clock
    await personDatesChanged(ctx, 'candidate', [row.candidateId]);
    return {
      result: ok(row),
      audit: [{ action: 'application.create', entity: 'application', id: row.id }],
    };
  });
}

/**
 * The statuses a person may set by hand. "submitted" is not one of them: an application becomes
 * submitted only when its dossier goes to the client through the disclosure service
 * (services/disclosure, `submitToRecipient`), which runs the guard (P3, P4: signed contract,
 * consent, no restriction or objection) and records the move in the same transaction as the
 * disclosure. A hand-made "submitted" would start the 3-year retention clock (P7) and show a
 * submission that the disclosure register and the Art. 19 list know nothing about.
 */
export const isManualMove = (status: PipelineStatus): boolean => status !== 'submitted';

/**
 * Moves an application along the pipeline: appends a dated event (kept with the application for
 * the retention engine) and sets the status. Refuses "submitted" (see `isManualMove`).
 */
export async function moveApplication(
  ctx: ServiceContext,
  id: string,
  status: PipelineStatus,
  on: string,
  note = '',
): Promise<Result<Application, Invalid | NotFound<'record'> | SameStatus>> {
  const parsed = applicationMove.safeParse({ status, on, note });
  if (!parsed.success) return invalidZod(parsed.error);
  if (!isManualMove(parsed.data.status))
    return invalid([{ path: 'status', code: 'submit-through-disclosure' }]);
  type Out = Result<Application, Invalid | NotFound<'record'> | SameStatus>;
  return transactWithAudit<Out>(ctx, tablesOf(ctx), async () => {
    const none = { audit: [] };
    const before = await getApplication(ctx.db, id);
    if (before === undefined) return { result: notFound('record'), ...none };
    const moved = appendMove(before, parsed.data, {
      today: toIsoDate(ctx.now),
      at: ctx.now.toISOString(),
      by: ctx.actor,
    });
    if (!moved.ok)
      return {
        result:
          moved.reason === 'same-status'
            ? err({ reason: 'same-status' as const })
            : invalid(moved.issues),
        ...none,
      };
    const row: Application = {
      ...before,
      status: moved.status,
      events: moved.events,
      updatedAt: ctx.now.toISOString(),
    };
    await ctx.db.applications.put(row);
    await refreshCandidateFacets(ctx, row.candidateId);
    // RETENTION: submission and hire are qualifying events; rejection may be one (German preset)
    await personDatesChanged(ctx, 'candidate', [row.candidateId]);
    return {
      result: ok(row),
      audit: [
        { action: 'application.move', entity: 'application', id, fields: ['status', 'events'] },
      ],
    };
  });
}

/** Removes an application entered by mistake (the candidate stays). */
export async function deleteApplication(
  ctx: ServiceContext,
  id: string,
): Promise<Result<void, NotFound<'record'>>> {
  return transactWithAudit<Result<void, NotFound<'record'>>>(ctx, tablesOf(ctx), async () => {
    const before = readMaybe('applications', await ctx.db.applications.get(id));
    if (before === undefined) return { result: notFound('record'), audit: [] };
    await ctx.db.applications.delete(id);
    await refreshCandidateFacets(ctx, before.candidateId);
    // RETENTION: the candidate's date may move earlier without this application
    await personDatesChanged(ctx, 'candidate', [before.candidateId]);
    return {
      result: ok(undefined),
      audit: [{ action: 'application.delete', entity: 'application', id }],
    };
  });
}
