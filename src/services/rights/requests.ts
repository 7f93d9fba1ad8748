import type { Table } from 'dexie';
import type { AuditDraft } from '../../domain/audit';
import {
  fieldIssues,
  isoDate,
  requiredText,
  text,
  toIsoDate,
  type FieldIssue,
} from '../../domain/common';
import { notFound, type NotFound } from '../core';
import { err, ok, type Result } from '../../domain/result';
import {
  refusalGrounds,
  rightsRequestInput,
  rightsRequestRow,
  type RefusalGround,
  type RightsRequest,
} from '../../domain/rights-request';
import {
  addDays,
  checkExtension,
  dueSoonDays,
  initialDueOn,
  isOpen,
  openStatuses,
  type ExtensionRefusal,
  type OpenStatus,
} from '../../domain/rights-deadlines';
import { Dexie } from 'dexie';
import { z } from 'zod';
import type { VivierDb } from '../../db/database';
import { parseRow, parseRows } from '../../db/rows';
import { transactWithAudit } from '../audit';
import type { ServiceContext } from '../core';
import {
  holdForRequestInTransaction,
  holdTables,
  liftRequestHoldsInTransaction,
  placeHoldInTransaction,
  type HoldError,
} from '../retention';
import { readSubject } from './subjects';
import type { Invalid } from '../core';
import type { RightsRefusal } from './reasons';

/** Expected failures of the rights desk, as reason codes (texts under `reason.<code>`). */
export type RightsFailure =
  | Invalid
  | NotFound<'request'>
  | NotFound<'person'>
  | RightsRefusal<
      | 'request-closed'
      | 'wrong-request-type'
      | 'no-person'
      | 'effect-required'
      | 'ground-not-applicable'
      | 'not-restricted'
    >
  | (RightsRefusal<'erasure-failed'> & { cause: string })
  | (RightsRefusal<'extension-refused'> & { details: ExtensionRefusal[] });

const invalid = (issues: FieldIssue[]): Invalid => ({ reason: 'invalid', issues });

export const rr = (id: string, action: string, fields?: string[]): AuditDraft => ({
  action: `rights-request.${action}`,
  entity: 'rights-request',
  id,
  ...(fields ? { fields } : {}),
});

/**
 * Records a request as it arrived. The due date follows from its type and receipt date; an
 * identified person is put on hold so that the retention sweep cannot erase them meanwhile.
 */
export async function registerRequest(
  ctx: ServiceContext,
  input: unknown,
): Promise<Result<RightsRequest, RightsFailure>> {
  const parsed = rightsRequestInput.safeParse(input);
  if (!parsed.success) return err(invalid(fieldIssues(parsed.error)));
  const data = parsed.data;
  const today = toIsoDate(ctx.now);
  const issues: FieldIssue[] = [];
  if (data.receivedOn > today) issues.push({ path: 'receivedOn', code: 'date-in-future' });
  if ((data.subjectType === null) !== (data.subjectId === null))
    issues.push({
      path: data.subjectType === null ? 'subjectType' : 'subjectId',
      code: 'required',
    });
  if (issues.length > 0) return err(invalid(issues));

  const at = ctx.now.toISOString();
  const request = rightsRequestRow.parse({
    ...data,
    id: crypto.randomUUID(),
    dueOn: initialDueOn(data.type, data.receivedOn),
    status: 'received',
    createdAt: at,
    updatedAt: at,
  });
  const { db } = ctx;
  return transactWithAudit<Result<RightsRequest, RightsFailure>>(
    ctx,
    [db.rightsRequests, ...holdTables(db)],
    async () => {
      const audit = [rr(request.id, 'create')];
      if (data.subjectType !== null && data.subjectId !== null) {
        if (!(await readSubject(db, data.subjectType, data.subjectId)))
          return { result: notFound('person'), audit: [] };
        // The one holds service (also used by retention), from the day the request arrived.
        const held = await holdForRequestInTransaction(ctx, {
          id: request.id,
          subjectType: data.subjectType,
          subjectId: data.subjectId,
          receivedOn: data.receivedOn,
        });
        if (!held.ok) return { result: err(holdFailure(held.error, 'receivedOn')), audit: [] };
        audit.push(...held.value);
      }
      await db.rightsRequests.add(request);
      return { result: ok(request), audit };
    },
  );
}

/** A hold the holds service would not place, as the rights desk's failure. */
function holdFailure(error: HoldError, datePath: string): RightsFailure {
  switch (error.reason) {
    case 'invalid':
      return invalid(
        error.issues.map((i) =>
          i.path === 'startsOn' || i.path === 'endsOn' ? { ...i, path: datePath } : i,
        ),
      );
    case 'not-found':
      if (error.kind === 'person') return error;
      // only lifting a hold finds it gone; placing one never does
      throw new Error(`unexpected missing ${error.kind} while placing a hold`);
    case 'hold-already-lifted':
      // only lifting a hold fails this way; placing one never does
      throw new Error(`unexpected ${error.reason} while placing a hold`);
  }
}

export async function getRequest(db: VivierDb, id: string): Promise<RightsRequest | undefined> {
  const row = await db.rightsRequests.get(id);
  return row && parseRow(rightsRequestRow, 'rightsRequests', row);
}

/** The register, newest first. */
export async function listRequests(db: VivierDb): Promise<RightsRequest[]> {
  const rows = await db.rightsRequests.orderBy('receivedOn').reverse().toArray();
  return parseRows(rightsRequestRow, 'rightsRequests', rows);
}

export async function requestsOfPerson(db: VivierDb, personId: string): Promise<RightsRequest[]> {
  const rows = await db.rightsRequests.where('subjectId').equals(personId).sortBy('receivedOn');
  return parseRows(rightsRequestRow, 'rightsRequests', rows);
}

/**
 * The dashboard: open requests past their date, and those due within a week, read from the
 * [status+dueOn] index so that years of closed requests are never scanned.
 */
export async function rightsDashboard(
  db: VivierDb,
  today: string,
): Promise<{ overdue: RightsRequest[]; dueSoon: RightsRequest[] }> {
  const inRange = async (from: string, to: string, includeTo: boolean) => {
    const rows = await Promise.all(
      openStatuses.map((s) =>
        db.rightsRequests
          .where('[status+dueOn]')
          .between([s, from], [s, to], true, includeTo)
          .toArray(),
      ),
    );
    return parseRows(rightsRequestRow, 'rightsRequests', rows.flat()).sort((a, b) =>
      a.dueOn === b.dueOn
        ? a.receivedOn.localeCompare(b.receivedOn)
        : a.dueOn.localeCompare(b.dueOn),
    );
  };
  return {
    overdue: await inRange(Dexie.minKey as unknown as string, today, false),
    dueSoon: await inRange(today, addDays(today, dueSoonDays), true),
  };
}

/**
 * Loads an open request inside a transaction and hands it to `change`, which returns the new row
 * and the audit entries; a closed or missing request is refused.
 */
export async function changeOpenRequest<T>(
  ctx: ServiceContext,
  id: string,
  tables: readonly Table[],
  change: (
    request: RightsRequest,
  ) => Promise<Result<{ request: RightsRequest; value: T; audit: AuditDraft[] }, RightsFailure>>,
): Promise<Result<T, RightsFailure>> {
  const { db } = ctx;
  return transactWithAudit<Result<T, RightsFailure>>(
    ctx,
    [db.rightsRequests, ...tables],
    async () => {
      const current = await getRequest(db, id);
      if (!current) return { result: notFound('request'), audit: [] };
      if (!isOpen(current.status))
        return { result: err({ reason: 'request-closed' as const }), audit: [] };
      const outcome = await change(current);
      if (!outcome.ok) return { result: outcome, audit: [] };
      await db.rightsRequests.put(
        rightsRequestRow.parse({ ...outcome.value.request, updatedAt: ctx.now.toISOString() }),
      );
      return { result: ok(outcome.value.value), audit: outcome.value.audit };
    },
  );
}

/** Moves an open request between the open statuses (received, in progress, waiting). */
export function setRequestStatus(ctx: ServiceContext, id: string, status: OpenStatus) {
  return changeOpenRequest(ctx, id, [], async (request) =>
    ok({ request: { ...request, status }, value: status, audit: [rr(id, 'status', ['status'])] }),
  );
}

const identityInput = z.object({ method: requiredText(300), on: isoDate });

/** Art. 12(6): recorded only when there was a reasonable doubt about who asks. */
export function recordIdentityCheck(ctx: ServiceContext, id: string, input: unknown) {
  return changeOpenRequest(ctx, id, [], async (request) => {
    const parsed = identityInput.safeParse(input);
    if (!parsed.success) return err(invalid(fieldIssues(parsed.error)));
    if (parsed.data.on > toIsoDate(ctx.now))
      return err(invalid([{ path: 'on', code: 'date-in-future' }]));
    const identityCheck = { ...parsed.data, by: ctx.actor };
    return ok({
      request: { ...request, identityCheck },
      value: identityCheck,
      audit: [rr(id, 'identity-check', ['identityCheck'])],
    });
  });
}

const extensionInput = z.object({ dueOn: isoDate, reason: requiredText(1000), toldOn: isoDate });

/** Art. 12(3): once, by up to two months, with a reason told to the person in the first month. */
export function extendRequest(ctx: ServiceContext, id: string, input: unknown) {
  return changeOpenRequest(ctx, id, [], async (request) => {
    const parsed = extensionInput.safeParse(input);
    if (!parsed.success) return err(invalid(fieldIssues(parsed.error)));
    const checked = checkExtension(request, parsed.data, toIsoDate(ctx.now));
    if (!checked.ok) return err({ reason: 'extension-refused' as const, details: checked.error });
    const extension = checked.value;
    return ok({
      request: { ...request, extension, dueOn: extension.dueOn },
      value: extension,
      audit: [rr(id, 'extend', ['extension', 'dueOn'])],
    });
  });
}

/**
 * Closes a request: status, date, and the person's rights-request hold is lifted today. Runs
 * inside the caller's transaction, which must include `holds`.
 */
export async function closeRequest(
  ctx: ServiceContext,
  request: RightsRequest,
  closing: Pick<RightsRequest, 'status'> & Partial<RightsRequest>,
): Promise<{ request: RightsRequest; audit: AuditDraft[] }> {
  const today = toIsoDate(ctx.now);
  const audit = await liftRequestHoldsInTransaction(ctx, request.id);
  const fields = ['status', 'closedOn', ...Object.keys(closing).filter((k) => k !== 'status')];
  audit.unshift(rr(request.id, closing.status === 'refused' ? 'refuse' : 'complete', fields));
  return { request: { ...request, ...closing, closedOn: today }, audit };
}

const completionInput = z.object({ outcome: text(5000).default('') });

/**
 * Completes a request that needs no change to the records: access and portability (the export
 * was produced), or any request about a person who is not in the records ("we hold nothing").
 * Erasure, restriction, objection and rectification close through their own effect.
 */
export function completeRequest(ctx: ServiceContext, id: string, input: unknown) {
  return changeOpenRequest(ctx, id, [ctx.db.holds], async (request) => {
    const parsed = completionInput.safeParse(input);
    if (!parsed.success) return err(invalid(fieldIssues(parsed.error)));
    const noPerson = request.subjectId === null;
    if (!noPerson && request.type !== 'access' && request.type !== 'portability')
      return err({ reason: 'effect-required' as const });
    const closed = await closeRequest(ctx, request, {
      status: 'completed',
      outcome: parsed.data.outcome,
    });
    return ok({ ...closed, value: closed.request });
  });
}

const refusalInput = z
  .object({
    ground: z.enum(refusalGrounds, { error: 'invalid-choice' }),
    note: text(2000).default(''),
    /** Legal claims: keep the person until this date (a legal-claim hold). */
    keepUntil: isoDate.nullable().default(null),
  })
  .refine((r) => r.ground !== 'other' || r.note.length > 0, { error: 'required', path: ['note'] })
  .refine((r) => r.keepUntil === null || r.ground === 'legal-claims', {
    error: 'invalid',
    path: ['keepUntil'],
  });

/** Which grounds fit which request: Art. 17(3)(e) for erasure, Art. 21(1) for objection. */
export function groundApplies(
  ground: RefusalGround,
  request: Pick<RightsRequest, 'type' | 'subjectType'>,
): boolean {
  if (ground === 'legal-claims') return request.type === 'erasure' || request.type === 'objection';
  // Art. 21(3): an objection to direct marketing is absolute; compelling grounds only weigh
  // against a candidate's or referee's objection (Art. 21(1)).
  if (ground === 'compelling-grounds')
    return request.type === 'objection' && request.subjectType !== 'contact';
  return true;
}

/**
 * Refuses a request with a recorded ground; legal claims (Art. 17(3)(e)) may keep the person on
 * a legal-claim hold, placed through the holds service in the same transaction as the refusal
 * and its audit entries. The hold is placed first: if it cannot be, nothing is written.
 */
export function refuseRequest(ctx: ServiceContext, id: string, input: unknown) {
  const { db } = ctx;
  return changeOpenRequest(ctx, id, holdTables(db), async (request) => {
    const parsed = refusalInput.safeParse(input);
    if (!parsed.success) return err(invalid(fieldIssues(parsed.error)));
    const { ground, note, keepUntil } = parsed.data;
    if (!groundApplies(ground, request)) return err({ reason: 'ground-not-applicable' as const });
    const today = toIsoDate(ctx.now);
    if (keepUntil !== null && keepUntil <= today)
      return err(invalid([{ path: 'keepUntil', code: 'date-order' }]));
    const claim: AuditDraft[] = [];
    if (keepUntil !== null && request.subjectType !== null && request.subjectId !== null) {
      const held = await placeHoldInTransaction(ctx, {
        personType: request.subjectType,
        personId: request.subjectId,
        reason: 'legal-claim',
        endsOn: keepUntil,
        requestId: request.id,
      });
      if (!held.ok) return err(holdFailure(held.error, 'keepUntil'));
      claim.push(...held.value.audit);
    }
    const closed = await closeRequest(ctx, request, {
      status: 'refused',
      refusal: { ground, note },
      outcome: note,
    });
    closed.audit.push(...claim);
    if (ground === 'compelling-grounds') await clearObjection(ctx, request, closed.audit);
    return ok({ ...closed, value: closed.request });
  });
}

/** Compelling grounds outweigh the objection: the block this request set no longer applies. */
async function clearObjection(ctx: ServiceContext, request: RightsRequest, audit: AuditDraft[]) {
  const { subjectType, subjectId } = request;
  if (subjectType === null || subjectId === null) return;
  const subject = await readSubject(ctx.db, subjectType, subjectId);
  if (subject?.type === 'contact' || subject?.row.objected?.requestId !== request.id) return;
  await (subject.type === 'candidate' ? ctx.db.candidates : ctx.db.referees).update(subjectId, {
    objected: null,
    updatedAt: ctx.now.toISOString(),
  });
  audit.push({
    action: `${subject.type}.unobject`,
    entity: subject.type,
    id: subjectId,
    fields: ['objected'],
  });
}
