import { readRow } from '../../db/rows';
import { Dexie } from 'dexie';
import { changedFields } from '../../domain/changes';
import { fold } from '../../domain/fold';
import type { NameCursor } from '../../domain/list-keys';
import {
  organisationInput,
  organisationRow,
  type Organisation,
  type OrganisationInput,
  type organisationKinds,
} from '../../domain/organisation';
import {
  normaliseOrganisation,
  organisationIssues,
  transferStatus,
  type TransferStatus,
} from '../../domain/organisation-rules';
import { err, ok, type Result } from '../../domain/result';
import type { VivierDb } from '../../db/database';
import { parseRow } from '../../db/rows';
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

export type OrganisationKind = (typeof organisationKinds)[number];

const organisationFields = [
  'kind',
  'name',
  'addresses',
  'notes',
  'country',
  'language',
  'role',
  'transferSafeguard',
] as const satisfies readonly (keyof OrganisationInput)[];

function validate(input: unknown): Result<OrganisationInput, Invalid> {
  const parsed = organisationInput.safeParse(input);
  if (!parsed.success) return invalidZod(parsed.error);
  const issues = organisationIssues(parsed.data);
  return issues.length > 0 ? invalid(issues) : ok(normaliseOrganisation(parsed.data));
}

/** An organisation as screens show it: with its EU/EEA transfer flag (P5). */
export type OrganisationView = Organisation & { transfer: TransferStatus };
const view = (o: Organisation): OrganisationView => ({ ...o, transfer: transferStatus(o) });

export async function getOrganisation(
  db: VivierDb,
  id: string,
): Promise<OrganisationView | undefined> {
  const row = await db.organisations.get(id);
  return row === undefined ? undefined : view(parseRow(organisationRow, 'organisations', row));
}

/** Clients, partner firms or recipients, by name, one keyset page at a time. */
export async function listOrganisations(
  db: VivierDb,
  kind: OrganisationKind,
  after: NameCursor | null = null,
  limit = defaultPageSize,
): Promise<Page<OrganisationView>> {
  const from = db.organisations
    .where('[kind+sortName]')
    .between([kind, after?.sortName ?? ''], [kind, Dexie.maxKey], true, true);
  const page = await pageAfter(
    from,
    (o) => readRow('organisations', o),
    (o) => o.sortName,
    after,
    limit,
  );
  return {
    items: page.items.map(view),
    next: page.next,
  };
}

export async function createOrganisation(
  ctx: ServiceContext,
  input: unknown,
): Promise<Result<OrganisationView, Invalid>> {
  const valid = validate(input);
  if (!valid.ok) return valid;
  const stamp = ctx.now.toISOString();
  const row: Organisation = {
    ...valid.value,
    id: crypto.randomUUID(),
    createdAt: stamp,
    updatedAt: stamp,
    sortName: fold(valid.value.name),
  };
  await transactWithAudit(ctx, [ctx.db.organisations], async () => {
    await ctx.db.organisations.add(row);
    return {
      result: row,
      audit: [{ action: 'organisation.create', entity: 'organisation', id: row.id }],
    };
  });
  return ok(view(row));
}

type UpdateResult = Result<
  { organisation: OrganisationView; changed: string[] },
  Invalid | NotFound<'record'> | ChangedMeanwhile<'loaded'>
>;

export async function updateOrganisation(
  ctx: ServiceContext,
  id: string,
  input: unknown,
  expectedUpdatedAt?: string,
): Promise<UpdateResult> {
  const valid = validate(input);
  if (!valid.ok) return valid;
  return transactWithAudit<UpdateResult>(ctx, [ctx.db.organisations], async () => {
    const none = { audit: [] };
    const found = await ctx.db.organisations.get(id);
    if (found === undefined) return { result: notFound('record'), ...none };
    const before = parseRow(organisationRow, 'organisations', found);
    if (expectedUpdatedAt !== undefined && before.updatedAt !== expectedUpdatedAt)
      return { result: changedMeanwhile('loaded'), ...none };
    const changed = changedFields(before, valid.value, [...organisationFields]);
    if (changed.length === 0)
      return { result: ok({ organisation: view(before), changed }), ...none };
    const row: Organisation = {
      ...before,
      ...valid.value,
      sortName: fold(valid.value.name),
      updatedAt: ctx.now.toISOString(),
    };
    await ctx.db.organisations.put(row);
    return {
      result: ok({ organisation: view(row), changed }),
      audit: [{ action: 'organisation.update', entity: 'organisation', id, fields: changed }],
    };
  });
}

/** Refused while missions, contacts, consents or disclosures still name the organisation. */
export async function deleteOrganisation(
  ctx: ServiceContext,
  id: string,
): Promise<Result<void, NotFound<'record'> | InUse>> {
  const { db } = ctx;
  const tables = [db.organisations, db.missions, db.contacts, db.consents, db.disclosures];
  return transactWithAudit<Result<void, NotFound<'record'> | InUse>>(ctx, tables, async () => {
    if ((await db.organisations.get(id)) === undefined)
      return { result: notFound('record'), audit: [] };
    const uses = await Promise.all([
      db.missions.where('clientId').equals(id).count(),
      db.missions.where('partnerId').equals(id).count(),
      db.contacts.where('organisationId').equals(id).count(),
      db.consents.where('recipientId').equals(id).count(),
      db.disclosures.where('recipientId').equals(id).count(),
    ]);
    if (uses.some((n) => n > 0)) return { result: err({ reason: 'in-use' as const }), audit: [] };
    await db.organisations.delete(id);
    return {
      result: ok(undefined),
      audit: [{ action: 'organisation.delete', entity: 'organisation', id }],
    };
  });
}
