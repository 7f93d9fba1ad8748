import { readMaybe, readRows } from '../../db/rows';
import { z } from 'zod';
import type { AuditDraft } from '../../domain/audit';
import {
  fieldIssues,
  id,
  isoDate,
  personType,
  text,
  toIsoDate,
  type FieldIssue,
  type PersonType,
} from '../../domain/common';
import { holdRow, type Hold } from '../../domain/hold';
import { isHoldActive } from '../../domain/retention-decisions';
import { notFound, type NotFound } from '../core';
import { err, ok, type Result } from '../../domain/result';
import type { VivierDb } from '../../db/database';
import { parseRows } from '../../db/rows';
import { transactWithAudit } from '../audit';
import type { ServiceContext } from '../core';
import type { RetentionRefusal } from './reasons';

/**
 * Holds pause the deletion of one person (SPEC §3): a legal claim, an open rights request, or
 * another recorded reason, with an end date. Placing and lifting are audited; a lifted or
 * expired hold stays as evidence and no longer pauses anything.
 */
export const holdInput = z
  .object({
    personType,
    personId: id,
    reason: z.enum(['legal-claim', 'rights-request', 'other'], { error: 'invalid-choice' }),
    note: text(1000).default(''),
    /** Defaults to today. */
    startsOn: isoDate.nullable().default(null),
    endsOn: isoDate.nullable().default(null),
    requestId: id.nullable().default(null),
  })
  .refine((h) => h.reason !== 'other' || h.note.length > 0, {
    error: 'required',
    path: ['note'],
  });
export type HoldInput = z.input<typeof holdInput>;

export type HoldError =
  | { reason: 'invalid'; issues: FieldIssue[] }
  | NotFound<'person'>
  | NotFound<'hold'>
  | RetentionRefusal<'hold-already-lifted'>;

export const holdTables = (db: VivierDb) => [db.holds, db.candidates, db.referees, db.contacts];

const personTable = (db: VivierDb, type: PersonType) =>
  ({ candidate: db.candidates, referee: db.referees, contact: db.contacts })[type];

/** For a service already in its transaction over `holdTables(db)` (the rights desk). */
export async function placeHoldInTransaction(
  ctx: ServiceContext,
  input: HoldInput,
): Promise<Result<{ hold: Hold; audit: AuditDraft[] }, HoldError>> {
  const parsed = holdInput.safeParse(input);
  if (!parsed.success) return err({ reason: 'invalid', issues: fieldIssues(parsed.error) });
  const p = parsed.data;
  const checked = holdRow.safeParse({
    ...p,
    id: crypto.randomUUID(),
    startsOn: p.startsOn ?? toIsoDate(ctx.now),
    liftedOn: null,
    createdAt: ctx.now.toISOString(),
  });
  if (!checked.success) return err({ reason: 'invalid', issues: fieldIssues(checked.error) });
  if ((await personTable(ctx.db, p.personType).get(p.personId)) === undefined)
    return notFound('person');
  const hold = checked.data;
  await ctx.db.holds.add(hold);
  return ok({
    hold,
    audit: [
      { action: 'hold.create', entity: 'hold', id: hold.id, fields: [`reason:${hold.reason}`] },
    ],
  });
}

export async function placeHold(
  ctx: ServiceContext,
  input: HoldInput,
): Promise<Result<Hold, HoldError>> {
  return transactWithAudit<Result<Hold, HoldError>>(ctx, holdTables(ctx.db), async () => {
    const r = await placeHoldInTransaction(ctx, input);
    return r.ok ? { result: ok(r.value.hold), audit: r.value.audit } : { result: r, audit: [] };
  });
}

export async function liftHoldInTransaction(
  ctx: ServiceContext,
  holdId: string,
): Promise<Result<{ hold: Hold; audit: AuditDraft[] }, HoldError>> {
  const row = readMaybe('holds', await ctx.db.holds.get(holdId));
  if (row === undefined) return notFound('hold');
  if (row.liftedOn !== null) return err({ reason: 'hold-already-lifted' });
  const hold = { ...row, liftedOn: toIsoDate(ctx.now) };
  await ctx.db.holds.put(hold);
  return ok({ hold, audit: [{ action: 'hold.lift', entity: 'hold', id: holdId }] });
}

export async function liftHold(
  ctx: ServiceContext,
  holdId: string,
): Promise<Result<Hold, HoldError>> {
  return transactWithAudit<Result<Hold, HoldError>>(ctx, [ctx.db.holds], async () => {
    const r = await liftHoldInTransaction(ctx, holdId);
    return r.ok ? { result: ok(r.value.hold), audit: r.value.audit } : { result: r, audit: [] };
  });
}

/**
 * SPEC §4: an open rights request places a hold on its person, from the day it was received
 * until it closes. Idempotent: a request holds its person once. Runs in the rights desk's
 * transaction over `holdTables(db)`, so the hold and its audit entry commit with the request.
 */
export async function holdForRequestInTransaction(
  ctx: ServiceContext,
  request: {
    id: string;
    subjectType: PersonType | null;
    subjectId: string | null;
    /** The hold starts here; defaults to today. */
    receivedOn?: string;
  },
): Promise<Result<AuditDraft[], HoldError>> {
  if (request.subjectType === null || request.subjectId === null) return ok([]);
  const existing = await ctx.db.holds.where('requestId').equals(request.id).toArray();
  if (existing.some((h) => h.reason === 'rights-request' && h.liftedOn === null)) return ok([]);
  const r = await placeHoldInTransaction(ctx, {
    personType: request.subjectType,
    personId: request.subjectId,
    reason: 'rights-request',
    startsOn: request.receivedOn ?? null,
    requestId: request.id,
  });
  return r.ok ? ok(r.value.audit) : r;
}

/**
 * The request closed: its rights-request hold stops pausing. A legal-claim hold placed when the
 * request was refused (Art. 17(3)(e)) carries the same request id and runs to its own end date.
 */
export async function liftRequestHoldsInTransaction(
  ctx: ServiceContext,
  requestId: string,
): Promise<AuditDraft[]> {
  const audit: AuditDraft[] = [];
  for (const h of readRows(
    'holds',
    await ctx.db.holds.where('requestId').equals(requestId).toArray(),
  )) {
    if (h.reason !== 'rights-request' || h.liftedOn !== null) continue;
    const r = await liftHoldInTransaction(ctx, h.id);
    if (r.ok) audit.push(...r.value.audit);
  }
  return audit;
}

/** Every hold of a person, latest first (the person page and the retention screen show them). */
export async function holdsOf(db: VivierDb, personId: string): Promise<Hold[]> {
  const rows = await db.holds.where('personId').equals(personId).toArray();
  return parseRows(holdRow, 'holds', rows).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
}

/** The holds pausing deletion today (a handful: the table is read whole). */
export async function activeHoldsOn(db: VivierDb, today: string): Promise<Hold[]> {
  return parseRows(holdRow, 'holds', await db.holds.toArray()).filter((h) =>
    isHoldActive(h, today),
  );
}
