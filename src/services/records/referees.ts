import { changedFields } from '../../domain/changes';
import { toIsoDate, type FieldIssue } from '../../domain/common';
import { refereeKeys } from '../../domain/person-keys';
import { refereeInput, refereeRow, type Referee, type RefereeInput } from '../../domain/referee';
import { ok, type Result } from '../../domain/result';
import type { VivierDb } from '../../db/database';
import { parseRow, parseRows } from '../../db/rows';
import { transactWithAudit } from '../audit';
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
import { art19Tables } from '../disclosure';
import { personRectified } from '../disclosure';
import { personDatesChanged, retentionTables } from '../retention';
import { editRefusal } from './person-edit';
import { removePerson } from './removal';

const refereeFields = [
  'candidateId',
  'firstName',
  'lastName',
  'relationship',
  'organisation',
  'email',
  'phone',
  'statement',
  'permissionToContactOn',
] as const satisfies readonly (keyof RefereeInput)[];

function validate(ctx: ServiceContext, input: unknown): Result<RefereeInput, Invalid> {
  const parsed = refereeInput.safeParse(input);
  if (!parsed.success) return invalidZod(parsed.error);
  const issues: FieldIssue[] = [];
  const p = parsed.data.permissionToContactOn;
  if (p !== null && p > toIsoDate(ctx.now))
    issues.push({ path: 'permissionToContactOn', code: 'date-in-future' });
  return issues.length > 0 ? invalid(issues) : ok(parsed.data);
}

const keysOf = (r: RefereeInput) => refereeKeys(r);

export async function getReferee(db: VivierDb, id: string): Promise<Referee | undefined> {
  const row = await db.referees.get(id);
  return row === undefined ? undefined : parseRow(refereeRow, 'referees', row);
}

/** A candidate's referees, by name. */
export async function refereesOf(db: VivierDb, candidateId: string): Promise<Referee[]> {
  const rows = await db.referees.where('candidateId').equals(candidateId).toArray();
  return parseRows(refereeRow, 'referees', rows).sort((a, b) =>
    a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0,
  );
}

/** A referee is a person in their own right, linked to the candidate who named them. */
export async function createReferee(
  ctx: ServiceContext,
  input: unknown,
): Promise<Result<Referee, Invalid>> {
  const valid = validate(ctx, input);
  if (!valid.ok) return valid;
  const stamp = ctx.now.toISOString();
  const row: Referee = {
    ...valid.value,
    id: crypto.randomUUID(),
    createdAt: stamp,
    updatedAt: stamp,
    deleteOn: null,
    restricted: null,
    objected: null,
    ...keysOf(valid.value),
  };
  return transactWithAudit<Result<Referee, Invalid>>(ctx, retentionTables(ctx.db), async () => {
    if ((await ctx.db.candidates.get(row.candidateId)) === undefined)
      return { result: invalid([{ path: 'candidateId', code: 'invalid-choice' }]), audit: [] };
    await ctx.db.referees.add(row);
    await personDatesChanged(ctx, 'referee', [row.id]);
    return {
      result: ok(row),
      audit: [{ action: 'referee.create', entity: 'referee', id: row.id }],
    };
  });
}

type UpdateResult = Result<
  { referee: Referee; changed: string[] },
  Invalid | NotFound<'record'> | ChangedMeanwhile<'loaded'> | Restricted
>;

/** Rectification of a referee; the candidate they belong to does not change. */
export async function updateReferee(
  ctx: ServiceContext,
  id: string,
  input: unknown,
  expectedUpdatedAt?: string,
): Promise<UpdateResult> {
  const valid = validate(ctx, input);
  if (!valid.ok) return valid;
  const tables = [...retentionTables(ctx.db), ...art19Tables(ctx.db)];
  return transactWithAudit<UpdateResult>(ctx, tables, async () => {
    const none = { audit: [] };
    const before = await getReferee(ctx.db, id);
    if (before === undefined) return { result: notFound('record'), ...none };
    const refused = editRefusal(before, expectedUpdatedAt);
    if (refused) return { result: refused, ...none };
    if (valid.value.candidateId !== before.candidateId)
      return { result: invalid([{ path: 'candidateId', code: 'invalid' }]), ...none };
    const changed = changedFields(before, valid.value, [...refereeFields]);
    if (changed.length === 0) return { result: ok({ referee: before, changed }), ...none };
    const row: Referee = {
      ...before,
      ...valid.value,
      ...keysOf(valid.value),
      updatedAt: ctx.now.toISOString(),
    };
    await ctx.db.referees.put(row);
    const notify = await personRectified(ctx, { personType: 'referee', id }, changed);
    return {
      result: ok({ referee: row, changed }),
      audit: [{ action: 'referee.update', entity: 'referee', id, fields: changed }, ...notify],
    };
  });
}

/**
 * A user deletion: the one erasure service, leaving the same tombstone and Art. 19 to-dos as a
 * retention or rights erasure.
 */
export function deleteReferee(
  ctx: ServiceContext,
  id: string,
): Promise<Result<void, NotFound<'record'>>> {
  return removePerson(ctx, 'referee', id);
}
