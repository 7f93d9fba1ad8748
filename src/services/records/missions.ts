import { Dexie } from 'dexie';
import { changedFields } from '../../domain/changes';
import { toIsoDate, type FieldIssue } from '../../domain/common';
import { fold } from '../../domain/fold';
import type { NameCursor } from '../../domain/list-keys';
import {
  missionInput,
  missionRow,
  type Mission,
  type MissionInput,
  type missionStatuses,
} from '../../domain/mission';
import { err, ok, type Result } from '../../domain/result';
import type { VivierDb } from '../../db/database';
import { parseRow, readRow } from '../../db/rows';
import { transactWithAudit } from '../audit';
import type { ServiceContext } from '../core';
import {
  invalid,
  invalidZod,
  notFound,
  type InUse,
  type Invalid,
  type NotFound,
  changedMeanwhile,
  type ChangedMeanwhile,
} from '../core';
import { defaultPageSize, pageAfter, type Page } from '../core';

export type MissionStatus = (typeof missionStatuses)[number];

const missionFields = [
  'clientId',
  'partnerId',
  'position',
  'location',
  'contractRef',
  'contractSignedOn',
  'status',
  'openedOn',
  'closedOn',
] as const satisfies readonly (keyof MissionInput)[];

function validate(ctx: ServiceContext, input: unknown): Result<MissionInput, Invalid> {
  const parsed = missionInput.safeParse(input);
  if (!parsed.success) return invalidZod(parsed.error);
  const signed = parsed.data.contractSignedOn;
  // the signed date stays empty until the contract is signed: never a date still to come
  return signed !== null && signed > toIsoDate(ctx.now)
    ? invalid([{ path: 'contractSignedOn', code: 'date-in-future' }])
    : ok(parsed.data);
}

/** The client must be a client, the partner a partner firm (P4). */
async function referenceIssues(db: VivierDb, m: MissionInput): Promise<FieldIssue[]> {
  const [client, partner] = await Promise.all([
    db.organisations.get(m.clientId),
    m.partnerId === null ? null : db.organisations.get(m.partnerId),
  ]);
  const issues: FieldIssue[] = [];
  if (client?.kind !== 'client') issues.push({ path: 'clientId', code: 'invalid-choice' });
  if (partner !== null && partner?.kind !== 'partner')
    issues.push({ path: 'partnerId', code: 'invalid-choice' });
  return issues;
}

export async function getMission(db: VivierDb, id: string): Promise<Mission | undefined> {
  const row = await db.missions.get(id);
  return row === undefined ? undefined : parseRow(missionRow, 'missions', row);
}

export type MissionListQuery = {
  status?: MissionStatus;
  clientId?: string;
  /** By position title, or newest opened first. */
  order?: 'title' | 'opened';
};

/** Missions, one keyset page at a time, sorted by title or by opening date (never scored). */
export async function listMissions(
  db: VivierDb,
  query: MissionListQuery = {},
  after: NameCursor | null = null,
  limit = defaultPageSize,
): Promise<Page<Mission>> {
  const read = (m: unknown) => readRow('missions', m);
  const accept = (m: Mission) =>
    (query.status === undefined || m.status === query.status) &&
    (query.clientId === undefined || m.clientId === query.clientId);
  const page =
    query.order === 'opened'
      ? await pageAfter(
          db.missions
            .where('openedOn')
            .between(Dexie.minKey, after?.sortName ?? Dexie.maxKey, true, true)
            .reverse(),
          read,
          (m) => m.openedOn,
          after,
          limit,
          accept,
          'prev',
        )
      : await pageAfter(
          db.missions.where('sortTitle').aboveOrEqual(after?.sortName ?? ''),
          read,
          (m) => m.sortTitle,
          after,
          limit,
          accept,
        );
  return page;
}

export async function createMission(
  ctx: ServiceContext,
  input: unknown,
): Promise<Result<Mission, Invalid>> {
  const valid = validate(ctx, input);
  if (!valid.ok) return valid;
  const stamp = ctx.now.toISOString();
  const row: Mission = {
    ...valid.value,
    id: crypto.randomUUID(),
    createdAt: stamp,
    updatedAt: stamp,
    sortTitle: fold(valid.value.position),
  };
  return transactWithAudit<Result<Mission, Invalid>>(
    ctx,
    [ctx.db.missions, ctx.db.organisations],
    async () => {
      const issues = await referenceIssues(ctx.db, row);
      if (issues.length > 0) return { result: invalid(issues), audit: [] };
      await ctx.db.missions.add(row);
      return {
        result: ok(row),
        audit: [{ action: 'mission.create', entity: 'mission', id: row.id }],
      };
    },
  );
}

type UpdateResult = Result<
  { mission: Mission; changed: string[] },
  Invalid | NotFound<'record'> | ChangedMeanwhile<'loaded'>
>;

/** Edits a mission; recording the signed date is an edit like any other, and audited. */
export async function updateMission(
  ctx: ServiceContext,
  id: string,
  input: unknown,
  expectedUpdatedAt?: string,
): Promise<UpdateResult> {
  const valid = validate(ctx, input);
  if (!valid.ok) return valid;
  return transactWithAudit<UpdateResult>(ctx, [ctx.db.missions, ctx.db.organisations], async () => {
    const none = { audit: [] };
    const before = await getMission(ctx.db, id);
    if (before === undefined) return { result: notFound('record'), ...none };
    if (expectedUpdatedAt !== undefined && before.updatedAt !== expectedUpdatedAt)
      return { result: changedMeanwhile('loaded'), ...none };
    const issues = await referenceIssues(ctx.db, valid.value);
    if (issues.length > 0) return { result: invalid(issues), ...none };
    const changed = changedFields(before, valid.value, [...missionFields]);
    if (changed.length === 0) return { result: ok({ mission: before, changed }), ...none };
    const row: Mission = {
      ...before,
      ...valid.value,
      sortTitle: fold(valid.value.position),
      updatedAt: ctx.now.toISOString(),
    };
    await ctx.db.missions.put(row);
    return {
      result: ok({ mission: row, changed }),
      audit: [{ action: 'mission.update', entity: 'mission', id, fields: changed }],
    };
  });
}

/** Refused while applications, consents or disclosures refer to the mission. */
export async function deleteMission(
  ctx: ServiceContext,
  id: string,
): Promise<Result<void, NotFound<'record'> | InUse>> {
  const { db } = ctx;
  const tables = [db.missions, db.applications, db.consents, db.disclosures];
  return transactWithAudit<Result<void, NotFound<'record'> | InUse>>(ctx, tables, async () => {
    if ((await db.missions.get(id)) === undefined) return { result: notFound('record'), audit: [] };
    const uses = await Promise.all([
      db.applications.where('missionId').equals(id).count(),
      db.consents.where('missionId').equals(id).count(),
      db.disclosures.where('missionId').equals(id).count(),
    ]);
    if (uses.some((n) => n > 0)) return { result: err({ reason: 'in-use' as const }), audit: [] };
    await db.missions.delete(id);
    return { result: ok(undefined), audit: [{ action: 'mission.delete', entity: 'mission', id }] };
  });
}
