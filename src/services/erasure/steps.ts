import type { AuditDraft } from '../../domain/audit';
import { candidateRow } from '../../domain/candidate';
import type { PersonType } from '../../domain/common';
import { contactRow } from '../../domain/contact';
import { disclosureRow, type Disclosure, type NotificationTask } from '../../domain/disclosure';
import { refereeRow } from '../../domain/referee';
import type { Tombstone } from '../../domain/tombstone';
import { personIdentifierKeys } from '../../domain/tombstone-keys';
import type { VivierDb } from '../../db/database';
import { parseRow, parseRows } from '../../db/rows';
import type { ServiceContext } from '../core';
import { hashIdentifierKeys, installSalt } from './tombstones';

/**
 * The steps of erasure, shared by the erasure service, the archive and the sweep. Hashing needs
 * WebCrypto, which must not run inside an IndexedDB transaction: `prepareErasure` reads the person
 * and hashes their identifiers first; `eraseInTransaction` then re-reads inside the transaction and
 * refuses ('changed') if an identifier moved meanwhile, so a tombstone always matches what it erased.
 */
export const erasureTables = (db: VivierDb) => [
  db.candidates,
  db.referees,
  db.contacts,
  db.applications,
  db.consents,
  db.attachments,
  db.disclosures,
  db.notificationTasks,
  db.holds,
  db.tombstones,
  db.archive,
  db.missions,
  db.organisations,
  db.settings,
];

type PreparedPerson = { personType: PersonType; id: string; keys: string[]; hashes: string[] };
export type PreparedErasure = { person: PreparedPerson; referees: PreparedPerson[] };

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

/** The identifier keys of a person row as it is now, or null when there is no such person. */
async function keysNow(
  db: VivierDb,
  personType: PersonType,
  id: string,
): Promise<{ keys: string[]; candidateId?: string } | null> {
  if (personType === 'candidate') {
    const row = await db.candidates.get(id);
    if (row === undefined) return null;
    const c = parseRow(candidateRow, 'candidates', row);
    return { keys: personIdentifierKeys({ type: 'candidate', row: c }) };
  }
  if (personType === 'referee') {
    const row = await db.referees.get(id);
    if (row === undefined) return null;
    const r = parseRow(refereeRow, 'referees', row);
    return { keys: personIdentifierKeys({ type: 'referee', row: r }), candidateId: r.candidateId };
  }
  const row = await db.contacts.get(id);
  if (row === undefined) return null;
  const c = parseRow(contactRow, 'contacts', row);
  return { keys: personIdentifierKeys({ type: 'contact', row: c }) };
}

const refereeIdsOf = (db: VivierDb, candidateId: string) =>
  db.referees.where('candidateId').equals(candidateId).primaryKeys();

/** Reads the person now and hashes their identifiers; null when there is no such person. */
export async function prepareErasure(
  db: VivierDb,
  personType: PersonType,
  id: string,
  /** The installation salt, when the caller already read it (a batch reads it once). */
  knownSalt?: string,
): Promise<PreparedErasure | null> {
  const [found, salt, refereeIds] = await Promise.all([
    keysNow(db, personType, id),
    knownSalt ?? installSalt(db),
    personType === 'candidate' ? refereeIdsOf(db, id) : [],
  ]);
  if (found === null) return null;
  const prepare = async (type: PersonType, personId: string, keys: string[]) => ({
    personType: type,
    id: personId,
    keys,
    hashes: await hashIdentifierKeys(salt, keys),
  });
  const [person, ...referees] = await Promise.all([
    prepare(personType, id, found.keys),
    ...refereeIds.map(async (refereeId) => {
      const r = await keysNow(db, 'referee', refereeId);
      return r === null ? null : prepare('referee', refereeId, r.keys);
    }),
  ]);
  return { person: person!, referees: referees.filter((r): r is PreparedPerson => r !== null) };
}

const sameKeys = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((k, i) => k === b[i]);

/** A disclosure's file names often carry the person's name: only hash and size stay. */
export const anonymousFiles = (files: Disclosure['files']): Disclosure['files'] =>
  files.map((f, i) => ({
    ...f,
    name: `document-${i + 1}${/\.[a-z0-9]{1,8}$/i.exec(f.name)?.[0] ?? ''}`,
  }));

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

async function deleteAttachmentsOf(
  db: VivierDb,
  owners: [string, string][],
  audit: AuditDraft[],
): Promise<void> {
  if (owners.length === 0) return;
  const ids = await db.attachments.where('[ownerType+ownerId]').anyOf(owners).primaryKeys();
  await db.attachments.bulkDelete(ids);
  for (const id of ids) audit.push({ action: 'attachment.delete', entity: 'attachment', id });
}

/**
 * Erases one prepared person inside the caller's open transaction over `erasureTables(db)` and
 * the audit log. Returns the audit entries for the caller to append in that same transaction.
 */
export async function eraseInTransaction(
  ctx: ServiceContext,
  prepared: PreparedErasure,
  why: ErasureWhy,
): Promise<InTransaction> {
  const { db } = ctx;
  const { personType, id } = prepared.person;
  const now = await keysNow(db, personType, id);
  if (now === null) return { status: 'gone' };
  if (!sameKeys(now.keys, prepared.person.keys)) return { status: 'changed' };

  const audit: AuditDraft[] = [];
  const tombstones = [tombstoneOf(ctx, prepared.person, why)];
  let tasks: NotificationTask[] = [];
  const erasedRefereeIds: string[] = [];

  if (personType === 'candidate') {
    // Independent requests are issued together: the transaction runs them in order, and the page
    // does not wait on each round trip (the sweep erases thousands of people this way).
    const [refereeIds, refereeKeys, applicationIds, consentIds, disclosureRows] = await Promise.all(
      [
        refereeIdsOf(db, id),
        Promise.all(prepared.referees.map((r) => keysNow(db, 'referee', r.id))),
        db.applications.where('candidateId').equals(id).primaryKeys(),
        db.consents.where('candidateId').equals(id).primaryKeys(),
        db.disclosures.where('candidateId').equals(id).toArray(),
      ],
    );
    if (
      refereeIds.length !== prepared.referees.length ||
      !prepared.referees.every((r) => refereeIds.includes(r.id))
    )
      return { status: 'changed' };
    for (const [i, r] of prepared.referees.entries()) {
      const k = refereeKeys[i];
      if (!k || !sameKeys(k.keys, r.keys)) return { status: 'changed' };
      tombstones.push(tombstoneOf(ctx, r, why));
      erasedRefereeIds.push(r.id);
    }
    // Disclosures stay as evidence, without the person: only the pseudonym links them.
    const disclosures = parseRows(disclosureRow, 'disclosures', disclosureRows);
    tasks = erasureTasks(ctx, disclosures, null);
    await Promise.all([
      deleteAttachmentsOf(
        db,
        [
          ['candidate', id],
          ...refereeIds.map((r): [string, string] => ['referee', r]),
          ...consentIds.map((c): [string, string] => ['consent', c]),
        ],
        audit,
      ),
      db.disclosures.bulkPut(
        disclosures.map((d) => ({ ...d, candidateId: null, files: anonymousFiles(d.files) })),
      ),
      db.notificationTasks.where('candidateId').equals(id).modify({ candidateId: null }),
      db.applications.bulkDelete(applicationIds),
      db.consents.bulkDelete(consentIds),
      db.holds
        .where('personId')
        .anyOf([id, ...refereeIds])
        .delete(),
      db.referees.bulkDelete(refereeIds),
      db.archive.delete(id),
      db.candidates.delete(id),
    ]);
    for (const d of disclosures)
      audit.push({
        action: 'disclosure.pseudonymise',
        entity: 'disclosure',
        id: d.id,
        fields: ['candidateId', 'files'],
      });
    for (const a of applicationIds)
      audit.push({ action: 'application.delete', entity: 'application', id: a });
    for (const c of consentIds) audit.push({ action: 'consent.delete', entity: 'consent', id: c });
    for (const r of refereeIds)
      audit.push({ action: 'referee.erase', entity: 'referee', id: r, fields: whyFields(why) });
  } else {
    await deleteAttachmentsOf(db, [[personType, id]], audit);
    await db.holds.where('personId').equals(id).delete();
    if (personType === 'referee') {
      // The candidate's recipients who received their references are told (Art. 19).
      const disclosures = parseRows(
        disclosureRow,
        'disclosures',
        await db.disclosures
          .where('candidateId')
          .equals(now.candidateId ?? '')
          .toArray(),
      );
      tasks = erasureTasks(ctx, disclosures, now.candidateId ?? null, (d) =>
        d.categories.includes('references'),
      ).map((t) => ({ ...t, fields: ['references'] }));
      await db.referees.delete(id);
    } else {
      await db.contacts.delete(id);
    }
  }

  await Promise.all([db.notificationTasks.bulkAdd(tasks), db.tombstones.bulkAdd(tombstones)]);
  audit.unshift({ action: `${personType}.erase`, entity: personType, id, fields: whyFields(why) });
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
      erasedRefereeIds,
    },
    audit,
  };
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
