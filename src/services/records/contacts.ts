import { restrictionForbids } from '../../domain/restriction';
import { changedFields } from '../../domain/changes';
import { toIsoDate } from '../../domain/common';
import { contactInput, contactRow, type Contact, type ContactInput } from '../../domain/contact';
import { personKeys } from '../../domain/person-keys';
import { err, ok, type Result } from '../../domain/result';
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
import { editRefusal } from './person-edit';
import { removePerson } from './removal';
import { personDatesChanged, retentionTables } from '../retention';

const contactFields = [
  'organisationId',
  'firstName',
  'lastName',
  'jobTitle',
  'emails',
  'phones',
  'addresses',
  'marketingOptOut',
  'lastContactOn',
] as const satisfies readonly (keyof ContactInput)[];

function validate(ctx: ServiceContext, input: unknown): Result<ContactInput, Invalid> {
  const parsed = contactInput.safeParse(input);
  if (!parsed.success) return invalidZod(parsed.error);
  return parsed.data.lastContactOn > toIsoDate(ctx.now)
    ? invalid([{ path: 'lastContactOn', code: 'date-in-future' }])
    : ok(parsed.data);
}

const keysOf = (c: ContactInput) => personKeys(c);

export async function getContact(db: VivierDb, id: string): Promise<Contact | undefined> {
  const row = await db.contacts.get(id);
  return row === undefined ? undefined : parseRow(contactRow, 'contacts', row);
}

/** The contacts of one organisation, by name. */
export async function contactsOf(db: VivierDb, organisationId: string): Promise<Contact[]> {
  const rows = await db.contacts.where('organisationId').equals(organisationId).toArray();
  return parseRows(contactRow, 'contacts', rows).sort((a, b) =>
    a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0,
  );
}

/**
 * Who may receive marketing news (P13): never a contact who opted out or objected (Art. 21(3)
 * makes the opt-out absolute), nor one under restriction.
 */
export const mayReceiveMarketing = (c: Contact): boolean =>
  !c.marketingOptOut && c.objected === null && !restrictionForbids(c, 'marketing');

export async function createContact(
  ctx: ServiceContext,
  input: unknown,
): Promise<Result<Contact, Invalid>> {
  const valid = validate(ctx, input);
  if (!valid.ok) return valid;
  const stamp = ctx.now.toISOString();
  const row: Contact = {
    ...valid.value,
    id: crypto.randomUUID(),
    createdAt: stamp,
    updatedAt: stamp,
    deleteOn: null,
    restricted: null,
    objected: null,
    ...keysOf(valid.value),
  };
  const tables = [...retentionTables(ctx.db), ctx.db.organisations];
  return transactWithAudit<Result<Contact, Invalid>>(ctx, tables, async () => {
    if ((await ctx.db.organisations.get(row.organisationId)) === undefined)
      return { result: invalid([{ path: 'organisationId', code: 'invalid-choice' }]), audit: [] };
    await ctx.db.contacts.add(row);
    await personDatesChanged(ctx, 'contact', [row.id]);
    return {
      result: ok(row),
      audit: [{ action: 'contact.create', entity: 'contact', id: row.id }],
    };
  });
}

type UpdateResult = Result<
  { contact: Contact; changed: string[] },
  Invalid | NotFound<'record'> | ChangedMeanwhile<'loaded'> | Restricted
>;

/** Rectification, the marketing opt-out and the last-contact date all go through here. */
export async function updateContact(
  ctx: ServiceContext,
  id: string,
  input: unknown,
  expectedUpdatedAt?: string,
): Promise<UpdateResult> {
  const valid = validate(ctx, input);
  if (!valid.ok) return valid;
  const tables = [...retentionTables(ctx.db), ...art19Tables(ctx.db), ctx.db.organisations];
  return transactWithAudit<UpdateResult>(ctx, tables, async () => {
    const none = { audit: [] };
    const before = await getContact(ctx.db, id);
    if (before === undefined) return { result: notFound('record'), ...none };
    const refused = editRefusal(before, expectedUpdatedAt);
    if (refused) return { result: refused, ...none };
    if (
      valid.value.organisationId !== before.organisationId &&
      (await ctx.db.organisations.get(valid.value.organisationId)) === undefined
    )
      return { result: invalid([{ path: 'organisationId', code: 'invalid-choice' }]), ...none };
    const changed = changedFields(before, valid.value, [...contactFields]);
    if (changed.length === 0) return { result: ok({ contact: before, changed }), ...none };
    const row: Contact = {
      ...before,
      ...valid.value,
      ...keysOf(valid.value),
      updatedAt: ctx.now.toISOString(),
    };
    await ctx.db.contacts.put(row);
    if (changed.includes('lastContactOn')) await personDatesChanged(ctx, 'contact', [id]);
    const notify = await personRectified(ctx, { personType: 'contact', id }, changed);
    return {
      result: ok({ contact: row, changed }),
      audit: [{ action: 'contact.update', entity: 'contact', id, fields: changed }, ...notify],
    };
  });
}

/**
 * Records a contact with the person today (or on a given date): the last-contact date only
 * moves forward, and the retention clock of a client contact counts from it.
 */
export async function recordContactTouch(
  ctx: ServiceContext,
  id: string,
  on: string = toIsoDate(ctx.now),
): Promise<
  Result<Contact, Invalid | NotFound<'record'> | ChangedMeanwhile<'loaded'> | Restricted>
> {
  const before = await getContact(ctx.db, id);
  if (before === undefined) return notFound('record');
  if (restrictionForbids(before, 'edit')) return err({ reason: 'restricted' });
  if (on <= before.lastContactOn) return ok(before);
  const { id: _id, createdAt: _c, updatedAt, ...rest } = before;
  const out = await updateContact(ctx, id, { ...rest, lastContactOn: on }, updatedAt);
  return out.ok ? ok(out.value.contact) : out;
}

/**
 * A user deletion: the one erasure service, leaving the same tombstone and Art. 19 to-dos as a
 * retention or rights erasure.
 */
export function deleteContact(
  ctx: ServiceContext,
  id: string,
): Promise<Result<void, NotFound<'record'>>> {
  return removePerson(ctx, 'contact', id);
}
