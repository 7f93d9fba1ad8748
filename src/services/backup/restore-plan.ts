import type { DropReason } from '../../domain/backup-reasons';
import { toIsoDate, type PersonType } from '../../domain/common';
import { err, ok, type Result } from '../../domain/result';
import type { Tombstone } from '../../domain/tombstone';
import type { User } from '../../domain/user';
import type { VivierDb } from '../../db/database';
import { getMeta } from '../../db/meta';
import { backupTables, type BackupTable, type Manifest } from './format';
import type { BackupReadFailure } from './read-failure';
import type { AttachmentMeta } from './record-schemas';
import {
  openBackup,
  scanBackup,
  type AnyRecord,
  type AuditChainStatus,
  type BackupSecret,
  type OpenedBackup,
} from './scan-backup';
import { identifierHash, identifiersOf, TombstoneIndex, type Person } from './tombstone-match';

/** Who acts on this laptop: null on the first-run screen, before anyone is registered. */
export type RestoreContext = {
  readonly db: VivierDb;
  readonly now: Date;
  readonly actor: string | null;
};

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

export type RestoreSummary = {
  backup: Pick<
    Manifest,
    'createdAt' | 'createdBy' | 'appVersion' | 'schemaVersion' | 'formatVersion'
  > & {
    bytes: number;
    attachmentBytes: number;
  };
  tables: Record<BackupTable, { inBackup: number; dropped: number }>;
  dropped: DroppedPerson[];
  /** Records kept but no longer linked to a dropped person (disclosure evidence, requests). */
  unlinked: number;
  /** Tombstones of this laptop missing from the backup, added so no erased person returns. */
  laptopTombstones: number;
  auditChain: AuditChainStatus;
};

export type RestorePlan = {
  readonly summary: RestoreSummary;
  readonly opened: OpenedBackup;
  readonly manifestSha256: string;
  readonly today: string;
  readonly drops: {
    readonly people: ReadonlyMap<string, DroppedPerson>;
    readonly consents: ReadonlySet<string>;
    readonly holds: ReadonlySet<string>;
    readonly attachments: ReadonlySet<string>;
    readonly archive: ReadonlySet<string>;
    readonly applications: ReadonlySet<string>;
  };
  /** Rows added beside the backup's: this laptop's tombstones, tombstones of retention drops. */
  readonly extraTombstones: readonly Tombstone[];
  /** This laptop's tombstones when planned: a new erasure since then means reviewing again. */
  readonly laptopTombstoneIds: ReadonlySet<string>;
  readonly salts: { readonly install: string | null; readonly former: readonly string[] };
  readonly laptopUser: User | null;
};

const personKey = (type: PersonType, id: string) => `${type}:${id}`;

/**
 * First pass of a restore: decrypt and check the whole backup, decide who is left out and why
 * (tombstones of the backup and of this laptop, retention as of today, what depends on them),
 * and count. Writes nothing: the summary is shown, and only a confirmation applies the plan.
 */
export async function planRestore(
  ctx: RestoreContext,
  source: Blob,
  secret: BackupSecret,
  signal?: AbortSignal,
): Promise<Result<RestorePlan, BackupReadFailure>> {
  const opened = await openBackup(source, secret);
  if (!opened.ok) return opened;

  const today = toIsoDate(ctx.now);
  const index = new TombstoneIndex();
  const laptopTombstones: Tombstone[] = [];
  await ctx.db.tombstones.each((t) => {
    index.add(t, 'laptop');
    laptopTombstones.push(t);
  });
  const laptopSalts = [
    await getMeta(ctx.db, 'installSalt'),
    ...((await getMeta(ctx.db, 'formerSalts')) ?? []),
  ].filter((s): s is string => s !== undefined);
  const currentUserId = await getMeta(ctx.db, 'currentUserId');
  const laptopUser = currentUserId ? ((await ctx.db.users.get(currentUserId)) ?? null) : null;

  let backupSalt: string | null = null;
  const backupFormer: string[] = [];
  const backupTombstoneIds = new Set<string>();
  const holds: { id: string; personKey: string; active: boolean }[] = [];
  const onHold = new Set<string>();
  const people = new Map<string, DroppedPerson>();
  const retentionDrops: Person[] = [];
  const dropped = Object.fromEntries(backupTables.map((t) => [t, 0])) as Record<
    BackupTable,
    number
  >;
  const consents = new Set<string>();
  const attachments = new Set<string>();
  const archive = new Set<string>();
  const applications = new Set<string>();
  let unlinked = 0;
  // every salt a tombstone hash may have been made with; known once meta (the first table) is read
  let salts: string[] | null = null;
  const knownSalts = () =>
    (salts ??= [...new Set([backupSalt, ...backupFormer, ...laptopSalts])].filter(
      (s): s is string => s !== null,
    ));

  const isDropped = (type: PersonType, id: string | null) =>
    id !== null && people.has(personKey(type, id));

  const decide = (person: Person, label: string): DroppedPerson | null => {
    const hit = index.match(person, knownSalts());
    if (hit) {
      const reason = hit.origin === 'backup' ? 'erased-in-backup' : 'erased-on-this-laptop';
      return {
        personType: person.type,
        id: person.row.id,
        reason,
        since: hit.erasedAt,
        label: null,
      };
    }
    const { deleteOn } = person.row;
    if (
      deleteOn !== null &&
      deleteOn < today &&
      !onHold.has(personKey(person.type, person.row.id))
    ) {
      retentionDrops.push(person);
      return {
        personType: person.type,
        id: person.row.id,
        reason: 'retention',
        since: deleteOn,
        label,
      };
    }
    return null;
  };
  const drop = (table: BackupTable, d: DroppedPerson | null) => {
    if (!d) return;
    people.set(personKey(d.personType, d.id), d);
    dropped[table] += 1;
  };

  const visit = (rec: AnyRecord) => {
    switch (rec.table) {
      case 'meta':
        if (rec.row.key === 'installSalt') backupSalt = rec.row.value;
        else backupFormer.push(...rec.row.value);
        return;
      case 'tombstones':
        index.add(rec.row, 'backup');
        backupTombstoneIds.add(rec.row.id);
        return;
      case 'holds': {
        const h = rec.row;
        const key = personKey(h.personType, h.personId);
        const active = h.startsOn <= today && (h.endsOn === null || h.endsOn >= today);
        holds.push({ id: h.id, personKey: key, active });
        if (active) onHold.add(key);
        return;
      }
      case 'candidates': {
        const c = rec.row;
        drop(
          'candidates',
          decide({ type: 'candidate', row: c }, `${c.identity.firstName} ${c.identity.lastName}`),
        );
        return;
      }
      case 'referees': {
        const r = rec.row;
        const own = decide({ type: 'referee', row: r }, `${r.firstName} ${r.lastName}`);
        const candidate = people.get(personKey('candidate', r.candidateId));
        drop(
          'referees',
          own ??
            (candidate
              ? {
                  personType: 'referee',
                  id: r.id,
                  reason: 'with-candidate',
                  since: candidate.since,
                  label: null,
                }
              : null),
        );
        if (!own && candidate?.reason === 'retention')
          retentionDrops.push({ type: 'referee', row: r });
        return;
      }
      case 'contacts': {
        const k = rec.row;
        drop('contacts', decide({ type: 'contact', row: k }, `${k.firstName} ${k.lastName}`));
        return;
      }
      case 'applications':
        if (isDropped('candidate', rec.row.candidateId)) {
          applications.add(rec.row.id);
          dropped.applications += 1;
        }
        return;
      case 'consents':
        if (isDropped('candidate', rec.row.candidateId)) {
          consents.add(rec.row.id);
          dropped.consents += 1;
        }
        return;
      case 'disclosures':
      case 'notificationTasks':
        if (isDropped('candidate', rec.row.candidateId)) unlinked += 1;
        return;
      case 'rightsRequests':
        if (rec.row.subjectType && isDropped(rec.row.subjectType, rec.row.subjectId)) unlinked += 1;
        return;
      case 'archive':
        if (rec.row.deleteOn < today) {
          archive.add(rec.row.id);
          dropped.archive += 1;
        }
        return;
      case 'attachments':
        if (ownerDropped(rec.row)) {
          attachments.add(rec.row.id);
          dropped.attachments += 1;
        }
        return;
      case 'settings':
      case 'users':
      case 'organisations':
      case 'missions':
      case 'auditLog':
        return;
    }
  };
  const ownerDropped = (a: AttachmentMeta) => {
    switch (a.ownerType) {
      case 'candidate':
      case 'referee':
      case 'contact':
        return isDropped(a.ownerType, a.ownerId);
      case 'consent':
        return consents.has(a.ownerId);
      case 'request':
        return false;
    }
  };

  const scanned = await scanBackup(opened.value, { record: visit }, signal);
  if (!scanned.ok) return err(scanned.error);
  const { manifest, manifestSha256, auditChain } = scanned.value;

  const holdDrops = new Set(holds.filter((h) => people.has(h.personKey)).map((h) => h.id));
  dropped.holds = holdDrops.size;
  const install = backupSalt ?? laptopSalts[0] ?? null;
  const extraTombstones: Tombstone[] = laptopTombstones.filter(
    (t) => !backupTombstoneIds.has(t.id),
  );
  const laptopAdded = extraTombstones.length;
  if (install !== null) {
    for (const person of retentionDrops) {
      extraTombstones.push({
        id: crypto.randomUUID(),
        personType: person.type,
        erasedAt: ctx.now.toISOString(),
        reason: 'retention',
        rule: 'restore',
        requestId: null,
        identifierHashes: identifiersOf(person).map((i) => identifierHash(install, i)),
      });
    }
  }

  const summary: RestoreSummary = {
    backup: {
      createdAt: manifest.createdAt,
      createdBy: manifest.createdBy,
      appVersion: manifest.appVersion,
      schemaVersion: manifest.schemaVersion,
      formatVersion: manifest.formatVersion,
      bytes: scanned.value.bytes,
      attachmentBytes: manifest.attachmentBytes,
    },
    tables: Object.fromEntries(
      backupTables.map((t) => [t, { inBackup: manifest.counts[t] ?? 0, dropped: dropped[t] }]),
    ) as RestoreSummary['tables'],
    dropped: [...people.values()],
    unlinked,
    laptopTombstones: laptopAdded,
    auditChain,
  };
  return ok({
    summary,
    opened: opened.value,
    manifestSha256,
    today,
    drops: { people, consents, holds: holdDrops, attachments, archive, applications },
    extraTombstones,
    laptopTombstoneIds: new Set(laptopTombstones.map((t) => t.id)),
    salts: {
      install,
      former: [...new Set([...backupFormer, ...laptopSalts])].filter((s) => s !== install),
    },
    laptopUser,
  });
}
