import { readRows } from '../../db/rows';
import type { AuditDraft } from '../../domain/audit';
import { isoDate, text, toIsoDate, type PersonType } from '../../domain/common';
import { notFound } from '../core';
import { err, ok, type Result } from '../../domain/result';
import type { RightsRequest } from '../../domain/rights-request';
import { z } from 'zod';
import { fieldIssues } from '../../domain/common';
import { transactWithAudit } from '../audit';
import type { ServiceContext } from '../core';
import { openArt19Tasks } from '../disclosure';
import { erasePerson } from '../erasure';
import { changeOpenRequest, closeRequest, getRequest, type RightsFailure } from './requests';
import { readSubject, rectifiableFields, subjectTable, type Subject } from './subjects';

/**
 * What each kind of request does to the records (GDPR Art. 16–21). Each effect closes the
 * request it answers, in the same transaction as the change, except erasure, which the shared
 * erasure service performs in its own transaction (see completeErasure).
 */

type Effect = Result<
  { request: RightsRequest; value: RightsRequest; audit: AuditDraft[] },
  RightsFailure
>;

const personAudit = (type: PersonType, id: string, action: string, fields: string[]) => ({
  action: `${type}.${action}`,
  entity: type,
  id,
  fields,
});

/** The open request's person, checking the request's type. */
async function subjectOf(
  ctx: ServiceContext,
  request: RightsRequest,
  type: RightsRequest['type'],
): Promise<Result<Subject, RightsFailure>> {
  if (request.type !== type) return err({ reason: 'wrong-request-type' });
  if (request.subjectType === null || request.subjectId === null)
    return err({ reason: 'no-person' });
  const subject = await readSubject(ctx.db, request.subjectType, request.subjectId);
  return subject ? ok(subject) : notFound('person');
}

/**
 * Art. 18: the person is kept but locked (read-only, out of disclosure and default search) until
 * lifted; recipients of a candidate's data are put on the Art. 19 list.
 */
export function applyRestriction(ctx: ServiceContext, requestId: string, outcome = '') {
  const { db } = ctx;
  const tables = [
    db.holds,
    db.candidates,
    db.referees,
    db.contacts,
    db.disclosures,
    db.notificationTasks,
  ];
  return changeOpenRequest(ctx, requestId, tables, async (request): Promise<Effect> => {
    const found = await subjectOf(ctx, request, 'restriction');
    if (!found.ok) return found;
    const { type, row } = found.value;
    const restricted = { since: toIsoDate(ctx.now), requestId };
    await subjectTable(db, type).update(row.id, { restricted, updatedAt: ctx.now.toISOString() });
    const art19 =
      type === 'candidate'
        ? await openArt19Tasks(ctx, { candidateId: row.id, change: 'restriction', fields: [] })
        : { recipientIds: [], audit: [] };
    const closed = await closeRequest(ctx, request, {
      status: 'completed',
      outcome,
      recipientIds: [...art19.recipientIds].sort(),
    });
    closed.audit.push(personAudit(type, row.id, 'restrict', ['restricted']), ...art19.audit);
    return ok({ ...closed, value: closed.request });
  });
}

const liftInput = z.object({
  /** Art. 18(3): the person is told before the restriction is lifted. */
  toldOn: isoDate,
});

/** Lifts an Art. 18 restriction, once the person has been told (Art. 18(3)). */
export async function liftRestriction(
  ctx: ServiceContext,
  personType: PersonType,
  personId: string,
  input: unknown,
): Promise<Result<Subject, RightsFailure>> {
  const parsed = liftInput.safeParse(input);
  if (!parsed.success) return err({ reason: 'invalid', issues: fieldIssues(parsed.error) });
  const { db } = ctx;
  return transactWithAudit<Result<Subject, RightsFailure>>(
    ctx,
    [db.candidates, db.referees, db.contacts],
    async () => {
      const fail = (e: RightsFailure) => ({ result: err(e), audit: [] });
      const subject = await readSubject(db, personType, personId);
      if (!subject) return fail({ reason: 'not-found', kind: 'person' });
      const flag = subject.row.restricted;
      if (flag === null) return fail({ reason: 'not-restricted' });
      const { toldOn } = parsed.data;
      if (toldOn > toIsoDate(ctx.now) || toldOn < flag.since)
        return fail({ reason: 'invalid', issues: [{ path: 'toldOn', code: 'date-order' }] });
      await subjectTable(db, personType).update(personId, {
        restricted: null,
        updatedAt: ctx.now.toISOString(),
      });
      const after = await readSubject(db, personType, personId);
      return {
        result: ok(after as Subject),
        audit: [personAudit(personType, personId, 'unrestrict', ['restricted'])],
      };
    },
  );
}

const rectificationInput = z.object({
  changedFields: z.array(z.string()).min(1, { error: 'required' }),
  outcome: text(5000).default(''),
});

/**
 * Art. 16: the edit itself goes through the records service (which opens the Art. 19 tasks);
 * this closes the request with what changed and who had received the data.
 */
export function completeRectification(ctx: ServiceContext, requestId: string, input: unknown) {
  const { db } = ctx;
  const tables = [db.holds, db.candidates, db.referees, db.contacts, db.disclosures];
  return changeOpenRequest(ctx, requestId, tables, async (request): Promise<Effect> => {
    const parsed = rectificationInput.safeParse(input);
    if (!parsed.success) return err({ reason: 'invalid', issues: fieldIssues(parsed.error) });
    const found = await subjectOf(ctx, request, 'rectification');
    if (!found.ok) return found;
    const { type, row } = found.value;
    const allowed = new Set(rectifiableFields(type));
    const unknown = parsed.data.changedFields.findIndex((f) => !allowed.has(f));
    if (unknown >= 0)
      return err({
        reason: 'invalid',
        issues: [{ path: `changedFields.${unknown}`, code: 'invalid-choice' }],
      });
    const recipientIds = type === 'candidate' ? await recipientsOf(ctx, row.id) : [];
    const closed = await closeRequest(ctx, request, {
      status: 'completed',
      outcome: parsed.data.outcome,
      changedFields: [...new Set(parsed.data.changedFields)],
      recipientIds,
    });
    return ok({ ...closed, value: closed.request });
  });
}

/** Distinct organisations that received this candidate's data (the disclosure register). */
export async function recipientsOf(ctx: ServiceContext, candidateId: string): Promise<string[]> {
  const rows = readRows(
    'disclosures',
    await ctx.db.disclosures.where('candidateId').equals(candidateId).toArray(),
  );
  return [...new Set(rows.map((d) => d.recipientId))].sort();
}

/**
 * Art. 17 and P9: erases through the shared erasure service, then closes the request with the
 * Art. 19 list. The service runs its own transaction, so this is two steps; if closing fails
 * after the erasure, running it again finds the tombstone of this request and only closes.
 */
export async function completeErasure(
  ctx: ServiceContext,
  requestId: string,
  outcome = '',
): Promise<Result<RightsRequest, RightsFailure>> {
  const request = await getRequest(ctx.db, requestId);
  if (!request) return notFound('request');
  if (request.status === 'completed' || request.status === 'refused')
    return err({ reason: 'request-closed' });
  if (request.type !== 'erasure') return err({ reason: 'wrong-request-type' });
  return eraseAndClose(ctx, request, outcome, []);
}

async function eraseAndClose(
  ctx: ServiceContext,
  request: RightsRequest,
  outcome: string,
  knownRecipients: string[],
): Promise<Result<RightsRequest, RightsFailure>> {
  const { subjectType, subjectId } = request;
  if (subjectType === null || subjectId === null) return err({ reason: 'no-person' });
  let recipientIds = knownRecipients;
  if (await readSubject(ctx.db, subjectType, subjectId)) {
    const erased = await eraseForRequest(ctx, subjectType, subjectId, request.id);
    if (!erased.ok) return err({ reason: 'erasure-failed', cause: erased.error });
    recipientIds = [...new Set([...recipientIds, ...erased.value])].sort();
  } else if (!(await erasedFor(ctx, request.id))) {
    return notFound('person');
  }
  return changeOpenRequest(ctx, request.id, [ctx.db.holds], async (current) => {
    // The request stays as evidence that it was answered; what the person wrote in it goes.
    const closed = await closeRequest(ctx, current, {
      status: 'completed',
      outcome,
      recipientIds,
      details: '',
    });
    return ok({ ...closed, value: closed.request });
  });
}

/**
 * The one erasure service (tombstone, Art. 19 to-dos, pseudonymous disclosures) in its own
 * transaction; the hold placed by the request being answered does not block it. A full disk
 * leaves everything as it was and the request open, with the cause to show.
 */
async function eraseForRequest(
  ctx: ServiceContext,
  personType: PersonType,
  id: string,
  requestId: string,
): Promise<Result<string[], string>> {
  try {
    const erased = await erasePerson(ctx, { personType, id, reason: 'request', requestId });
    return erased.ok ? ok([...erased.value.notifyRecipientIds]) : err(erased.error.reason);
  } catch (e) {
    if (e instanceof Error && e.name === 'QuotaExceededError') return err('quota-exceeded');
    throw e;
  }
}

/** Has this request's person already been erased (a tombstone names the request)? */
async function erasedFor(ctx: ServiceContext, requestId: string): Promise<boolean> {
  return (await ctx.db.tombstones.filter((t) => t.requestId === requestId).count()) > 0;
}

/**
 * Art. 21. A client contact's objection is an absolute opt-out from marketing (Art. 21(3)).
 * For a candidate or a referee processing stops at once (the `objected` flag) and erasure
 * follows; a compelling reason or legal claims are recorded by refusing the request instead.
 */
export async function applyObjection(
  ctx: ServiceContext,
  requestId: string,
  outcome = '',
): Promise<Result<RightsRequest, RightsFailure>> {
  const { db } = ctx;
  let target: Subject | undefined;
  let recipients: string[] = [];
  const flagged = await changeOpenRequest(
    ctx,
    requestId,
    [db.holds, db.candidates, db.referees, db.contacts, db.disclosures],
    async (request): Promise<Effect> => {
      const found = await subjectOf(ctx, request, 'objection');
      if (!found.ok) return found;
      target = found.value;
      const { type, row } = found.value;
      const updatedAt = ctx.now.toISOString();
      if (type === 'contact') {
        await db.contacts.update(row.id, { marketingOptOut: true, updatedAt });
        const closed = await closeRequest(ctx, request, { status: 'completed', outcome });
        closed.audit.push(personAudit(type, row.id, 'object', ['marketingOptOut']));
        return ok({ ...closed, value: closed.request });
      }
      const objected = { since: toIsoDate(ctx.now), requestId };
      await subjectTable(db, type).update(row.id, { objected, updatedAt });
      if (type === 'candidate') recipients = await recipientsOf(ctx, row.id);
      const next = { ...request, status: 'in-progress' as const };
      return ok({
        request: next,
        value: next,
        audit: [personAudit(type, row.id, 'object', ['objected'])],
      });
    },
  );
  if (!flagged.ok || target === undefined || target.type === 'contact') return flagged;
  return eraseAndClose(ctx, flagged.value, outcome, recipients);
}
