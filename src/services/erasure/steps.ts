import type { AuditDraft } from '../../domain/audit';
import type { PersonType } from '../../domain/common';
import type { Disclosure, NotificationTask } from '../../domain/disclosure';
import type { Tombstone } from '../../domain/tombstone';
import { personIdentifierKeys } from '../../domain/tombstone-keys';
import type { VivierDb } from '../../db/database';
import { readRow, readRows, type RowTable } from '../../db/rows';
import type { ServiceContext } from '../core';
import {
  belongingTables,
  belongsOf,
  erasedByOf,
  erasedWithKinds,
  personTables,
  type Owner,
} from './footprint';
import { hashIdentifierKeys, installSalt } from './tombstones';

/**
 * The steps of erasure, shared by the erasure service, the archive and the sweep. Hashing needs
 * WebCrypto, which must not run inside an IndexedDB transaction: `prepareErasure` reads the person
 * and hashes their identifiers first; `eraseInTransaction` then re-reads inside the transaction and
 * refuses ('changed') if an identifier moved meanwhile, so a tombstone always matches what it erased.
 */
export const erasureTables = (db: VivierDb) =>
  [
    ...Object.values(personTables),
    ...belongingTables,
    // made by erasure; read for a client archive entry (P8)
    'tombstones',
    'missions',
    'organisations',
    'settings',
  ].map((t) => db.table(t));

type PreparedPerson = { personType: PersonType; id: string; keys: string[]; hashes: string[] };
/** The person, and the people erased with them (a candidate's referees), hashed. */
export type PreparedErasure = { person: PreparedPerson; erasedWith: PreparedPerson[] };

export type ErasureWhy = {
  reason: Tombstone['reason'];
  rule?: string | undefined;
  requestId?: string | null | undefined;
};

export type ErasureOutcome = {
  personType: PersonType;
  id: string;
  tombstoneIds: string[];
  /** Art. 19: the recipients now owed a notice of erasure. */
  notifyRecipientIds: string[];
  erasedRefereeIds: string[];
};

export type InTransaction =
  | { status: 'gone' }
  | { status: 'changed' }
  | { status: 'erased'; outcome: ErasureOutcome; audit: AuditDraft[] };

type Found = { keys: string[]; erasedBy: { person: PersonType; id: string } | null };

/** The identifier keys of a person row as it is now, or null when there is no such person. */
async function keysNow(db: VivierDb, personType: PersonType, id: string): Promise<Found | null> {
  const table = personTables[personType];
  const row = await db.table(table).get(id);
  if (row === undefined) return null;
  const erasedBy = (r: object) => erasedByOf(personType, r as Record<string, unknown>);
  switch (table) {
    case 'candidates': {
      const c = readRow(table, row);
      return { keys: personIdentifierKeys({ type: 'candidate', row: c }), erasedBy: erasedBy(c) };
    }
    case 'referees': {
      const r = readRow(table, row);
      return { keys: personIdentifierKeys({ type: 'referee', row: r }), erasedBy: erasedBy(r) };
    }
    case 'contacts': {
      const c = readRow(table, row);
      return { keys: personIdentifierKeys({ type: 'contact', row: c }), erasedBy: erasedBy(c) };
    }
  }
}

/** The people erased with this one (a candidate's referees), by the footprint's `erasedWith`. */
const erasedWithIds = async (db: VivierDb, personType: PersonType, id: string) =>
  (
    await Promise.all(
      erasedWithKinds(personType).map(async (k) =>
        (await db.table(k.table).where(k.field).equals(id).primaryKeys()).map((pid) => ({
          personType: k.person,
          id: String(pid),
        })),
      ),
    )
  ).flat();

/** Reads the person now and hashes their identifiers; null when there is no such person. */
export async function prepareErasure(
  db: VivierDb,
  personType: PersonType,
  id: string,
  /** The installation salt, when the caller already read it (a batch reads it once). */
  knownSalt?: string,
): Promise<PreparedErasure | null> {
  const [found, salt, withIds] = await Promise.all([
    keysNow(db, personType, id),
    knownSalt ?? installSalt(db),
    erasedWithIds(db, personType, id),
  ]);
  if (found === null) return null;
  const prepare = async (type: PersonType, personId: string, keys: string[]) => ({
    personType: type,
    id: personId,
    keys,
    hashes: await hashIdentifierKeys(salt, keys),
  });
  const [person, ...erasedWith] = await Promise.all([
    prepare(personType, id, found.keys),
    ...withIds.map(async (w) => {
      const r = await keysNow(db, w.personType, w.id);
      return r === null ? null : prepare(w.personType, w.id, r.keys);
    }),
  ]);
  return { person: person!, erasedWith: erasedWith.filter((r): r is PreparedPerson => r !== null) };
}

const sameKeys = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((k, i) => k === b[i]);

function tombstoneOf(ctx: ServiceContext, p: PreparedPerson, why: ErasureWhy): Tombstone {
  return {
    id: crypto.randomUUID(),
    personType: p.personType,
    erasedAt: ctx.now.toISOString(),
    reason: why.reason,
    rule: why.rule ?? '',
    requestId: why.requestId ?? null,
    identifierHashes: p.hashes,
  };
}

const whyFields = (why: ErasureWhy): string[] => [
  `reason:${why.reason}`,
  ...(why.rule ? [`rule:${why.rule}`] : []),
  ...(why.requestId ? [`request:${why.requestId}`] : []),
];

/**
 * Art. 19: one task per recipient that received the person's data, pointing at the latest
 * disclosure to them, with the categories they received.
 */
function erasureTasks(
  ctx: ServiceContext,
  disclosures: readonly Disclosure[],
  candidateId: string | null,
  only?: (d: Disclosure) => boolean,
): NotificationTask[] {
  const latest = new Map<string, Disclosure>();
  const categories = new Map<string, Set<string>>();
  for (const d of disclosures) {
    if (only && !only(d)) continue;
    const prev = latest.get(d.recipientId);
    if (!prev || d.at > prev.at) latest.set(d.recipientId, d);
    const set = categories.get(d.recipientId) ?? new Set<string>();
    d.categories.forEach((c) => set.add(c));
    categories.set(d.recipientId, set);
  }
  return [...latest.values()].map((d) => ({
    id: crypto.randomUUID(),
    disclosureId: d.id,
    recipientId: d.recipientId,
    candidateId,
    change: 'erasure',
    fields: [...(categories.get(d.recipientId) ?? [])].sort(),
    createdAt: ctx.now.toISOString(),
    state: 'open',
    notifiedOn: null,
    notifiedHow: '',
  }));
}

type Touched = { table: RowTable; ids: string[]; rows: unknown[] };

/** The rows of one belonging table tied to these owners (read validated when rewritten). */
async function touch(
  db: VivierDb,
  table: RowTable,
  owners: ReadonlyMap<Owner, readonly string[]>,
): Promise<Touched> {
  const entry = belongsOf(table)!;
  const link = entry.link;
  const t = db.table(table);
  const collection =
    link.via === 'field'
      ? t.where(link.field).anyOf(link.of.flatMap((o) => owners.get(o) ?? []))
      : t
          .where(link.index)
          .anyOf(link.of.flatMap((o) => (owners.get(o) ?? []).map((id) => [o, id])));
  if (entry.fate.do === 'delete') {
    const ids = (await collection.primaryKeys()).map(String);
    await t.bulkDelete(ids);
    return { table, ids, rows: [] };
  }
  const rows = readRows(table, await collection.toArray());
  const rewrite = entry.fate.rewrite as (row: unknown) => unknown;
  await t.bulkPut(rows.map(rewrite));
  return { table, ids: rows.map((r) => r.id), rows };
}

/**
 * Applies the footprint to everything the erased people own, inside the caller's transaction.
 * Tables are taken in waves: a table owned by rows of another (a consent's evidence) waits for
 * that table; the tables of one wave are requested together (the transaction runs them in order,
 * and the page does not wait on each round trip: the sweep erases thousands of people this way).
 * Returns what was touched, in the footprint's order.
 */
async function eraseBelongings(
  db: VivierDb,
  people: ReadonlyMap<Owner, readonly string[]>,
  tables: readonly RowTable[] = belongingTables,
): Promise<Touched[]> {
  const owners = new Map(people);
  const done = new Map<RowTable, Touched>();
  let pending = [...tables];
  const produces = (t: RowTable) => belongsOf(t)!.owns;
  while (pending.length > 0) {
    const waiting = new Set(pending.map(produces).filter((o) => o !== undefined));
    const ready = pending.filter((t) =>
      belongsOf(t)!.link.of.every((o) => !waiting.has(o) || produces(t) === o),
    );
    if (ready.length === 0) throw new Error('the erasure footprint has an ownership cycle');
    for (const touched of await Promise.all(ready.map((t) => touch(db, t, owners)))) {
      done.set(touched.table, touched);
      const owns = produces(touched.table);
      if (owns) owners.set(owns, [...(owners.get(owns) ?? []), ...touched.ids]);
    }
    pending = pending.filter((t) => !ready.includes(t));
  }
  return tables.map((t) => done.get(t)!);
}

/**
 * Erases one prepared person inside the caller's open transaction over `erasureTables(db)` and
 * the audit log, as the footprint says. Returns the audit entries for the caller to append in
 * that same transaction.
 */
export async function eraseInTransaction(
  ctx: ServiceContext,
  prepared: PreparedErasure,
  why: ErasureWhy,
): Promise<InTransaction> {
  const { db } = ctx;
  const { personType, id } = prepared.person;
  const [now, withIds] = await Promise.all([
    keysNow(db, personType, id),
    erasedWithIds(db, personType, id),
  ]);
  if (now === null) return { status: 'gone' };
  if (!sameKeys(now.keys, prepared.person.keys)) return { status: 'changed' };
  // The people erased with this one must be those hashed before, with the same identifiers.
  if (
    withIds.length !== prepared.erasedWith.length ||
    !prepared.erasedWith.every((p) => withIds.some((w) => w.id === p.id))
  )
    return { status: 'changed' };
  const withKeys = await Promise.all(
    prepared.erasedWith.map((p) => keysNow(db, p.personType, p.id)),
  );
  if (!prepared.erasedWith.every((p, i) => withKeys[i] && sameKeys(withKeys[i].keys, p.keys)))
    return { status: 'changed' };

  const erased = [prepared.person, ...prepared.erasedWith];
  const people = new Map<Owner, string[]>();
  for (const p of erased) people.set(p.personType, [...(people.get(p.personType) ?? []), p.id]);

  // Art. 19: a referee's erasure is owed to the recipients of the candidate's references.
  const erasedBy = now.erasedBy;
  const principalDisclosures =
    erasedBy === null
      ? []
      : readRows(
          'disclosures',
          await db.disclosures.where('candidateId').equals(erasedBy.id).toArray(),
        );

  const touched = await eraseBelongings(db, people);

  const disclosed = (touched.find((t) => t.table === 'disclosures')?.rows ?? []) as Disclosure[];
  const tasks =
    erasedBy === null
      ? erasureTasks(ctx, disclosed, null)
      : erasureTasks(ctx, principalDisclosures, erasedBy.id, (d) =>
          d.categories.includes('references'),
        ).map((t) => ({ ...t, fields: ['references'] }));
  const tombstones = erased.map((p) => tombstoneOf(ctx, p, why));
  await Promise.all([
    ...[...people].map(([kind, ids]) => db.table(personTables[kind as PersonType]).bulkDelete(ids)),
    db.notificationTasks.bulkAdd(tasks),
    db.tombstones.bulkAdd(tombstones),
  ]);

  const audit: AuditDraft[] = [
    { action: `${personType}.erase`, entity: personType, id, fields: whyFields(why) },
  ];
  for (const t of touched) {
    const fate = belongsOf(t.table)!.fate;
    if (fate.audit === null) continue;
    for (const rowId of t.ids)
      audit.push(
        fate.do === 'delete'
          ? { action: `${fate.audit}.delete`, entity: fate.audit, id: rowId }
          : {
              action: `${fate.audit}.pseudonymise`,
              entity: fate.audit,
              id: rowId,
              fields: [...fate.fields],
            },
      );
  }
  for (const p of prepared.erasedWith)
    audit.push({
      action: `${p.personType}.erase`,
      entity: p.personType,
      id: p.id,
      fields: whyFields(why),
    });
  for (const t of tombstones)
    audit.push({ action: 'tombstone.create', entity: 'tombstone', id: t.id });
  for (const t of tasks)
    audit.push({ action: 'notification-task.create', entity: 'notification-task', id: t.id });
  return {
    status: 'erased',
    outcome: {
      personType,
      id,
      tombstoneIds: tombstones.map((t) => t.id),
      notifyRecipientIds: tasks.map((t) => t.recipientId),
      erasedRefereeIds: prepared.erasedWith
        .filter((p) => p.personType === 'referee')
        .map((p) => p.id),
    },
    audit,
  };
}

/**
 * Team sync: another laptop erased these people, and their rows arrived as deletions. What this
 * laptop still holds of them that the other could not see (a CV, an application, a consent or a
 * referee recorded here since the last sync, or such a row sent by a third laptop before it
 * learnt of the erasure) gets the same footprint inside the caller's transaction, so an erasure
 * reaches every copy (GDPR Art. 17; Art. 19 is the erasing laptop's: its tombstones and to-dos
 * arrive by sync, none is written twice). Returns the rows deleted, by table, for the caller to
 * send as deletions.
 */
export async function eraseArrivedInTransaction(
  db: VivierDb,
  erased: readonly { personType: PersonType; id: string }[],
): Promise<{ table: RowTable; ids: string[] }[]> {
  if (erased.length === 0) return [];
  const withIds = (
    await Promise.all(erased.map((p) => erasedWithIds(db, p.personType, p.id)))
  ).flat();
  const people = new Map<Owner, string[]>();
  for (const p of [...erased, ...withIds])
    people.set(p.personType, [...(people.get(p.personType) ?? []), p.id]);
  // a client archive entry (P8) arrives and leaves by its own document: an archived candidate's
  // row arrives as a deletion too, and the entry made in its place stays
  const touched = await eraseBelongings(
    db,
    people,
    belongingTables.filter((t) => t !== 'archive'),
  );
  await Promise.all(
    [...people].map(([kind, ids]) => db.table(personTables[kind as PersonType]).bulkDelete(ids)),
  );
  const deleted = touched
    .filter((t) => belongsOf(t.table)!.fate.do === 'delete' && t.ids.length > 0)
    .map((t) => ({ table: t.table, ids: t.ids }));
  return [
    ...deleted,
    ...[...people].map(([kind, ids]) => ({ table: personTables[kind as PersonType], ids })),
  ];
}

/**
 * Removes a client archive entry, audited. When the person asked (or a user deleted it), `hashes`
 * (the entry's id key, hashed before the transaction) make a tombstone dated now: the tombstone
 * of the full record predates the entry, so without this one a restore of an earlier backup
 * would bring the entry back (GDPR Art. 17). When its own period ended (the sweep), `hashes` is
 * null: a restored older entry is past its date again and the restore's sweep removes it.
 */
export async function eraseArchiveInTransaction(
  ctx: ServiceContext,
  id: string,
  why: ErasureWhy,
  hashes: readonly string[] | null,
): Promise<{ audit: AuditDraft[]; tombstoneIds: string[] } | null> {
  if ((await ctx.db.archive.get(id)) === undefined) return null;
  await ctx.db.archive.delete(id);
  const audit: AuditDraft[] = [
    { action: 'archive.erase', entity: 'archive', id, fields: whyFields(why) },
  ];
  if (hashes === null) return { audit, tombstoneIds: [] };
  const tombstone = tombstoneOf(
    ctx,
    { personType: 'candidate', id, keys: [], hashes: [...hashes] },
    why,
  );
  await ctx.db.tombstones.add(tombstone);
  audit.push({ action: 'tombstone.create', entity: 'tombstone', id: tombstone.id });
  return { audit, tombstoneIds: [tombstone.id] };
}
