import type { DropReason } from '../../domain/backup-reasons';
import { toIsoDate, type PersonType } from '../../domain/common';
import {
  archiveDeleteOn,
  IncomingHistories,
  incomingCandidateDate,
  type IncomingContext,
} from '../../domain/incoming';
import { contactRetention, refereeRetention } from '../../domain/retention';
import { archiveDecision, isDue, isHeld } from '../../domain/retention-decisions';
import { defaultSettings, type RetentionRules } from '../../domain/settings';
import type { Tombstone } from '../../domain/tombstone';
import { archiveEntryKeys } from '../../domain/tombstone-keys';
import type { RowTable } from '../../db/rows';
import {
  belongingTables,
  belongsOf,
  erasedByOf,
  ownersOfRow,
  personTables,
  protectingIds,
  type Owner,
} from '../erasure';
import { backupTables, type BackupTable } from './format';
import type { AnyRecord } from './scan-backup';
import { TombstoneIndex, type Person } from './tombstone-match';

/**
 * A person the restore leaves out. `label` (a name) is only for the confirmation screen and only
 * for people due for deletion: erased people are not named again. Never log a DroppedPerson.
 */
export type DroppedPerson = {
  personType: PersonType;
  id: string;
  reason: DropReason;
  /** When erased, or the deletion date that passed. */
  since: string;
  label: string | null;
};

const pk = (type: Owner, id: string) => `${type}:${id}`;

/** A person the backup keeps, with only what their deletion date and the preview need. */
type Kept = {
  type: PersonType;
  id: string;
  label: string;
  /** The person this one is erased with (a referee's candidate), as the footprint says. */
  erasedBy: string | null;
  createdAt: string;
  lastContactOn: string | null;
};

/** The deletion date the restored person will have: recomputed, as the restore writes it. */
function dateOf(incoming: IncomingContext, k: Kept): string {
  switch (k.type) {
    case 'candidate':
      return incomingCandidateDate(incoming, k.id)!.deleteOn;
    case 'referee':
      return refereeRetention(
        incomingCandidateDate(incoming, k.erasedBy!),
        toIsoDate(new Date(k.createdAt)),
        incoming.rules,
      ).deleteOn;
    case 'contact':
      return contactRetention({ lastContactOn: k.lastContactOn! }, incoming.rules).deleteOn;
  }
}
type Hold = { personId: string; startsOn: string; endsOn: string | null; liftedOn: string | null };

const order = (t: BackupTable) => backupTables.indexOf(t);
const ownerTable = (o: Owner): RowTable =>
  o === 'consent' ? belongingTables.find((t) => belongsOf(t)?.owns === o)! : personTables[o];

/** Tables whose owners come later in the backup (holds before people): decided at the end. */
const decidedLate = new Set(
  belongingTables.filter((t) =>
    belongsOf(t)!.link.of.some(
      (o) => order(ownerTable(o) as BackupTable) > order(t as BackupTable),
    ),
  ),
);

/**
 * Pass one of a restore, record by record: who is erased already (tombstones of the backup and of
 * this laptop), what goes with them (the erasure's own footprint, services/erasure), and who the
 * retention sweep will erase or archive once restored (predicted from recomputed dates, with the
 * sweep's own rules on holds and the client archive). Holds only ids, dates and counts, never a
 * record.
 */
export function planVisitor(today: string, laptop: { tombstones: Tombstone[]; salts: string[] }) {
  const index = new TombstoneIndex();
  for (const t of laptop.tombstones) index.add(t, 'laptop');
  let backupSalt: string | null = null;
  const backupFormer: string[] = [];
  let salts: string[] | null = null;
  const knownSalts = () =>
    (salts ??= [...new Set([backupSalt, ...backupFormer, ...laptop.salts])].filter(
      (s): s is string => s !== null,
    ));
  let rules: RetentionRules = defaultSettings.retention;
  const backupTombstoneIds = new Set<string>();
  const holds: (Hold & { id: string })[] = [];
  const users: { id: string; name: string }[] = [];

  // erased already: not written at all in pass two (people, and rows the footprint deletes),
  // or written without the person (rows it pseudonymises)
  const erased = new Map<string, DroppedPerson>();
  const erasedOwners = new Set<string>();
  const erasedRows = new Map<BackupTable, Set<string>>();
  const pseudonymised = new Map<BackupTable, Set<string>>();
  const late: { table: BackupTable; id: string; owners: string[] }[] = [];
  const dropped = Object.fromEntries(backupTables.map((t) => [t, 0])) as Record<
    BackupTable,
    number
  >;
  let unlinked = 0;
  const add = (m: Map<BackupTable, Set<string>>, table: BackupTable, id: string) =>
    m.set(table, (m.get(table) ?? new Set()).add(id));

  // Every person kept, with what their deletion date is computed from once the whole backup was
  // read (the stored date is not believed): then the sweep's own decisions are predicted.
  const histories = new IncomingHistories(rules);
  const kept: Kept[] = [];
  const erasedWithOf = new Map<string, { type: PersonType; id: string }[]>();
  const owned = new Map<string, Partial<Record<BackupTable, number>>>();
  /** A kept row that owns others (a consent): the person it belongs to. */
  const ownerPerson = new Map<string, string>();
  let archiveDue = 0;
  const archiveRows: { id: string; archivedAt: string; deleteOn: string }[] = [];

  const own = (key: string, table: BackupTable) => {
    const counts = owned.get(key) ?? {};
    counts[table] = (counts[table] ?? 0) + 1;
    owned.set(key, counts);
  };
  const erase = (table: BackupTable, d: DroppedPerson) => {
    erased.set(pk(d.personType, d.id), d);
    erasedOwners.add(pk(d.personType, d.id));
    add(erasedRows, table, d.id);
    dropped[table] += 1;
  };
  const person = (table: BackupTable, p: Person, label: string) => {
    const parent = erasedByOf(p.type, p.row as unknown as Record<string, unknown>);
    const by = parent && { key: pk(parent.person, parent.id), id: parent.id };
    if (by)
      erasedWithOf.set(by.key, [
        ...(erasedWithOf.get(by.key) ?? []),
        { type: p.type, id: p.row.id },
      ]);
    const hit = index.match(p, knownSalts());
    const cascade = by ? erased.get(by.key) : undefined;
    if (hit) {
      const reason = hit.origin === 'backup' ? 'erased-in-backup' : 'erased-on-this-laptop';
      erase(table, { personType: p.type, id: p.row.id, reason, since: hit.erasedAt, label: null });
    } else if (cascade) {
      erase(table, {
        personType: p.type,
        id: p.row.id,
        reason: 'with-candidate',
        since: cascade.since,
        label: null,
      });
    } else {
      kept.push({
        type: p.type,
        id: p.row.id,
        label,
        erasedBy: by?.id ?? null,
        createdAt: p.row.createdAt,
        lastContactOn: p.type === 'contact' ? p.row.lastContactOn : null,
      });
    }
  };

  /** What the footprint does to a row that belongs to someone: true when it is kept whole. */
  const belonging = (table: BackupTable, row: { id: string }): boolean => {
    const entry = belongsOf(table as RowTable);
    if (entry === null) return true;
    const owners = ownersOfRow(entry, row as unknown as Record<string, unknown>);
    if (decidedLate.has(table as RowTable)) {
      late.push({ table, id: row.id, owners });
      return true;
    }
    if (owners.some((o) => erasedOwners.has(o))) {
      if (entry.fate.do === 'delete') {
        add(erasedRows, table, row.id);
        dropped[table] += 1;
        if (entry.owns) erasedOwners.add(pk(entry.owns, row.id));
      } else {
        add(pseudonymised, table, row.id);
        unlinked += 1;
      }
      return false;
    }
    // counted as dropped only if the sweep takes the owner (a referee goes with its candidate)
    const persons = owners.map((o) => ownerPerson.get(o) ?? o);
    if (entry.fate.do === 'delete') for (const p of persons) own(p, table);
    if (entry.owns) for (const p of persons) ownerPerson.set(pk(entry.owns, row.id), p);
    return true;
  };

  const record = (rec: AnyRecord) => {
    switch (rec.table) {
      case 'meta':
        if (rec.row.key === 'installSalt') backupSalt = rec.row.value;
        else backupFormer.push(...rec.row.value);
        return;
      case 'settings':
        rules = rec.row.retention;
        histories.setRules(rules);
        return;
      case 'tombstones':
        index.add(rec.row, 'backup');
        backupTombstoneIds.add(rec.row.id);
        return;
      case 'holds':
        belonging(rec.table, rec.row);
        holds.push(rec.row);
        return;
      case 'candidates': {
        const c = rec.row;
        histories.candidate(c);
        person(
          rec.table,
          { type: 'candidate', row: c },
          `${c.identity.firstName} ${c.identity.lastName}`,
        );
        return;
      }
      case 'referees': {
        const r = rec.row;
        person(rec.table, { type: 'referee', row: r }, `${r.firstName} ${r.lastName}`);
        return;
      }
      case 'contacts': {
        const k = rec.row;
        person(rec.table, { type: 'contact', row: k }, `${k.firstName} ${k.lastName}`);
        return;
      }
      case 'applications':
        if (belonging(rec.table, rec.row)) histories.application(rec.row);
        return;
      case 'consents':
        if (belonging(rec.table, rec.row)) histories.consent(rec.row);
        return;
      case 'disclosures':
      case 'notificationTasks':
      case 'attachments':
        belonging(rec.table, rec.row);
        return;
      case 'archive': {
        const a = rec.row;
        // an archive entry erased after it was made has a tombstone of its own
        const hit = index.matchKeys(
          'candidate',
          archiveEntryKeys(a.id),
          a.archivedAt,
          knownSalts(),
        );
        if (hit) {
          const reason = hit.origin === 'backup' ? 'erased-in-backup' : 'erased-on-this-laptop';
          erase('archive', {
            personType: 'candidate',
            id: a.id,
            reason,
            since: hit.erasedAt,
            label: null,
          });
        } else if (belonging(rec.table, a))
          archiveRows.push({ id: a.id, archivedAt: a.archivedAt, deleteOn: a.deleteOn });
        return;
      }
      case 'users':
        users.push({ id: rec.row.id, name: rec.row.name });
        return;
      case 'organisations':
      case 'missions':
      case 'rightsRequests':
      case 'auditLog':
        return;
    }
  };

  const holdsOf = (ids: readonly string[]) => holds.filter((h) => ids.includes(h.personId));
  const isErased = (type: PersonType, id: string) => erased.has(pk(type, id));

  /** The sweep's decisions, in its order: candidates (with their referees), referees, contacts. */
  function predictSweep(): DroppedPerson[] {
    const incoming = histories.context();
    const due = new Map<string, { person: Kept & { deleteOn: string }; label: string }>();
    for (const k of kept) {
      const deleteOn = dateOf(incoming, k);
      if (isDue(deleteOn, today))
        due.set(pk(k.type, k.id), { person: { ...k, deleteOn }, label: k.label });
    }
    for (const a of archiveRows)
      if (isDue(archiveDeleteOn(a, rules), today) && !isHeld(holdsOf([a.id]), today))
        archiveDue += 1;
    const out: DroppedPerson[] = [];
    const gone = new Set<string>();
    const drop = (table: BackupTable, d: DroppedPerson) => {
      out.push(d);
      gone.add(pk(d.personType, d.id));
      dropped[table] += 1;
      for (const [t, n] of Object.entries(owned.get(pk(d.personType, d.id)) ?? {})) {
        dropped[t as BackupTable] += n;
      }
    };
    for (const { person: p, label } of due.values()) {
      if (p.type !== 'candidate') continue;
      const withIt = erasedWithOf.get(pk(p.type, p.id)) ?? [];
      const held = protectingIds(p.id, { erasedWith: withIt.map((w) => w.id), erasedBy: null });
      if (isHeld(holdsOf(held), today)) continue;
      const since = p.deleteOn;
      const archive = archiveDecision(incoming.historyOf(p.id).applications, rules, since).archive;
      drop('candidates', {
        personType: 'candidate',
        id: p.id,
        reason: archive ? 'retention-archive' : 'retention',
        since,
        label,
      });
      for (const w of withIt) {
        if (!isErased(w.type, w.id)) {
          drop(personTables[w.type], {
            personType: w.type,
            id: w.id,
            reason: 'with-candidate',
            since,
            label: null,
          });
        }
      }
    }
    for (const { person: p, label } of due.values()) {
      if (p.type === 'candidate' || gone.has(pk(p.type, p.id))) continue;
      const ids = protectingIds(p.id, { erasedWith: [], erasedBy: p.erasedBy });
      if (isHeld(holdsOf(ids), today)) continue;
      drop(personTables[p.type], {
        personType: p.type,
        id: p.id,
        reason: 'retention',
        since: p.deleteOn,
        label,
      });
    }
    dropped.archive += archiveDue;
    return out;
  }

  return {
    record,
    /** Once the whole backup was read. */
    result() {
      for (const r of late) {
        if (r.owners.some((o) => erasedOwners.has(o))) {
          add(erasedRows, r.table, r.id);
          dropped[r.table] += 1;
        } else for (const o of r.owners) own(o, r.table);
      }
      const predicted = predictSweep();
      return {
        erased,
        dropped: [...erased.values(), ...predicted],
        counts: dropped,
        unlinked,
        erasedRows,
        pseudonymised,
        backupSalt,
        backupFormer,
        backupTombstoneIds,
        users,
        incoming: histories.context(),
      };
    },
  };
}
