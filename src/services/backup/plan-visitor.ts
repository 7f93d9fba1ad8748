import type { DropReason } from '../../domain/backup-reasons';
import { toIsoDate, type PersonType } from '../../domain/common';
import {
  IncomingHistories,
  incomingCandidateDate,
  type IncomingContext,
} from '../../domain/incoming';
import { contactRetention, refereeRetention } from '../../domain/retention';
import { archiveDecision, isDue, isHeld } from '../../domain/retention-decisions';
import { defaultSettings, type RetentionRules } from '../../domain/settings';
import type { Tombstone } from '../../domain/tombstone';
import { archiveEntryKeys } from '../../domain/tombstone-keys';
import { backupTables, type BackupTable } from './format';
import type { AttachmentMeta } from './record-schemas';
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

const pk = (type: PersonType, id: string) => `${type}:${id}`;

/** A person the backup keeps, with only what their deletion date and the preview need. */
type Kept = {
  type: PersonType;
  id: string;
  label: string;
  candidateId: string | null;
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
        incomingCandidateDate(incoming, k.candidateId!),
        toIsoDate(new Date(k.createdAt)),
        incoming.rules,
      ).deleteOn;
    case 'contact':
      return contactRetention({ lastContactOn: k.lastContactOn! }, incoming.rules).deleteOn;
  }
}
type Hold = { personId: string; startsOn: string; endsOn: string | null; liftedOn: string | null };

/**
 * Pass one of a restore, record by record: who is erased already (tombstones of the backup and of
 * this laptop, with the erasure service's cascade), and who the retention sweep will erase or
 * archive once restored (predicted from the stored dates, with the sweep's own rules on holds and
 * the client archive). Holds only ids, dates and counts, never a record.
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

  // erased already: not written at all in pass two
  const erased = new Map<string, DroppedPerson>();
  const erasedConsents = new Set<string>();
  const erasedApplications = new Set<string>();
  const erasedAttachments = new Set<string>();
  const erasedArchive = new Set<string>();
  const dropped = Object.fromEntries(backupTables.map((t) => [t, 0])) as Record<
    BackupTable,
    number
  >;
  let unlinked = 0;

  // Every person kept, with what their deletion date is computed from once the whole backup was
  // read (the stored date is not believed): then the sweep's own decisions are predicted.
  const histories = new IncomingHistories(rules);
  const kept: Kept[] = [];
  const refereesOf = new Map<string, string[]>();
  const owned = new Map<string, Partial<Record<BackupTable, number>>>();
  const consentOwner = new Map<string, string>();
  let archiveDue = 0;
  const archiveRows: { id: string; deleteOn: string }[] = [];

  const own = (key: string, table: BackupTable) => {
    const counts = owned.get(key) ?? {};
    counts[table] = (counts[table] ?? 0) + 1;
    owned.set(key, counts);
  };
  const erase = (table: BackupTable, d: DroppedPerson) => {
    erased.set(pk(d.personType, d.id), d);
    dropped[table] += 1;
  };
  const person = (table: BackupTable, p: Person, label: string, cascade: DroppedPerson | null) => {
    const hit = index.match(p, knownSalts());
    if (hit) {
      const reason = hit.origin === 'backup' ? 'erased-in-backup' : 'erased-on-this-laptop';
      erase(table, { personType: p.type, id: p.row.id, reason, since: hit.erasedAt, label: null });
    } else if (cascade) {
      erase(table, cascade);
    } else {
      kept.push({
        type: p.type,
        id: p.row.id,
        label,
        candidateId: p.type === 'referee' ? p.row.candidateId : null,
        createdAt: p.row.createdAt,
        lastContactOn: p.type === 'contact' ? p.row.lastContactOn : null,
      });
    }
  };
  const isErased = (type: PersonType, id: string | null) => id !== null && erased.has(pk(type, id));

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
        holds.push(rec.row);
        return;
      case 'candidates': {
        const c = rec.row;
        histories.candidate(c);
        person(
          'candidates',
          { type: 'candidate', row: c },
          `${c.identity.firstName} ${c.identity.lastName}`,
          null,
        );
        return;
      }
      case 'referees': {
        const r = rec.row;
        refereesOf.set(r.candidateId, [...(refereesOf.get(r.candidateId) ?? []), r.id]);
        const c = erased.get(pk('candidate', r.candidateId));
        const cascade = c
          ? {
              personType: 'referee' as const,
              id: r.id,
              reason: 'with-candidate' as const,
              since: c.since,
              label: null,
            }
          : null;
        person('referees', { type: 'referee', row: r }, `${r.firstName} ${r.lastName}`, cascade);
        return;
      }
      case 'contacts': {
        const k = rec.row;
        person('contacts', { type: 'contact', row: k }, `${k.firstName} ${k.lastName}`, null);
        return;
      }
      case 'applications': {
        const a = rec.row;
        if (isErased('candidate', a.candidateId)) {
          erasedApplications.add(a.id);
          dropped.applications += 1;
        } else {
          histories.application(a);
          own(pk('candidate', a.candidateId), 'applications');
        }
        return;
      }
      case 'consents':
        if (isErased('candidate', rec.row.candidateId)) {
          erasedConsents.add(rec.row.id);
          dropped.consents += 1;
        } else {
          histories.consent(rec.row);
          consentOwner.set(rec.row.id, rec.row.candidateId);
          own(pk('candidate', rec.row.candidateId), 'consents');
        }
        return;
      case 'disclosures':
      case 'notificationTasks':
        if (isErased('candidate', rec.row.candidateId)) unlinked += 1;
        return;
      case 'archive': {
        const a = rec.row;
        const hit = index.matchKeys(
          'candidate',
          archiveEntryKeys(a.id),
          a.archivedAt,
          knownSalts(),
        );
        if (hit) {
          erasedArchive.add(a.id);
          const reason = hit.origin === 'backup' ? 'erased-in-backup' : 'erased-on-this-laptop';
          erase('archive', {
            personType: 'candidate',
            id: a.id,
            reason,
            since: hit.erasedAt,
            label: null,
          });
        } else archiveRows.push({ id: a.id, deleteOn: a.deleteOn });
        return;
      }
      case 'attachments':
        attachment(rec.row);
        return;
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

  const attachment = (a: AttachmentMeta) => {
    const owner =
      a.ownerType === 'consent'
        ? erasedConsents.has(a.ownerId)
          ? 'erased'
          : consentOwner.has(a.ownerId)
            ? pk('candidate', consentOwner.get(a.ownerId)!)
            : null
        : a.ownerType === 'request'
          ? null
          : isErased(a.ownerType, a.ownerId)
            ? 'erased'
            : pk(a.ownerType, a.ownerId);
    if (owner === 'erased') {
      erasedAttachments.add(a.id);
      dropped.attachments += 1;
    } else if (owner) {
      // counted as dropped only if the sweep takes the owner (a referee goes with its candidate)
      own(owner, 'attachments');
    }
  };

  const holdsOf = (ids: readonly string[]) => holds.filter((h) => ids.includes(h.personId));

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
      if (isDue(a.deleteOn, today) && !isHeld(holdsOf([a.id]), today)) archiveDue += 1;
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
      const referees = refereesOf.get(p.id) ?? [];
      if (isHeld(holdsOf([p.id, ...referees]), today)) continue;
      const since = p.deleteOn;
      const archive = archiveDecision(incoming.historyOf(p.id).applications, rules, since).archive;
      drop('candidates', {
        personType: 'candidate',
        id: p.id,
        reason: archive ? 'retention-archive' : 'retention',
        since,
        label,
      });
      for (const r of referees) {
        if (!isErased('referee', r)) {
          drop('referees', {
            personType: 'referee',
            id: r,
            reason: 'with-candidate',
            since,
            label: null,
          });
        }
      }
    }
    for (const { person: p, label } of due.values()) {
      if (p.type === 'candidate' || gone.has(pk(p.type, p.id))) continue;
      const ids = p.type === 'referee' ? [p.id, p.candidateId!] : [p.id];
      if (isHeld(holdsOf(ids), today)) continue;
      const table = p.type === 'referee' ? 'referees' : 'contacts';
      drop(table, {
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
      const erasedHolds = new Set(
        holds.filter((h) => [...erased.values()].some((d) => d.id === h.personId)).map((h) => h.id),
      );
      dropped.holds += erasedHolds.size;
      const predicted = predictSweep();
      return {
        erased,
        dropped: [...erased.values(), ...predicted],
        counts: dropped,
        unlinked,
        erasedConsents,
        erasedApplications,
        erasedAttachments,
        erasedArchive,
        erasedHolds,
        backupSalt,
        backupFormer,
        backupTombstoneIds,
        users,
        incoming: histories.context(),
      };
    },
  };
}
