import { readMaybe } from '../../db/rows';
import { readRows } from '../../db/rows';
import { toIsoDate } from '../../domain/common';
import { err, ok, type Result } from '../../domain/result';
import type { Tombstone } from '../../domain/tombstone';
import type { IncomingContext } from '../incoming';
import type { User } from '../../domain/user';
import type { VivierDb } from '../../db/database';
import { getMeta } from '../../db/meta';
import { backupTables, type BackupTable, type Manifest } from './format';
import { planVisitor, type DroppedPerson } from './plan-visitor';
import type { BackupReadFailure } from './read-failure';
import {
  openBackup,
  scanBackup,
  type AuditChainStatus,
  type BackupSecret,
  type OpenedBackup,
} from './scan-backup';

/** Who acts on this laptop: null on the first-run screen, before anyone is registered. */
export type RestoreContext = {
  readonly db: VivierDb;
  readonly now: Date;
  readonly actor: string | null;
};

export type RestoreSummary = {
  backup: Pick<
    Manifest,
    'createdAt' | 'createdBy' | 'appVersion' | 'schemaVersion' | 'formatVersion'
  > & { bytes: number; attachmentBytes: number };
  /** Rows in the backup, and how many will not be restored (erased, or due for deletion). */
  tables: Record<BackupTable, { inBackup: number; dropped: number }>;
  /** Erased people (never named), then people whose retention period has ended. */
  dropped: DroppedPerson[];
  /** Disclosures and notification tasks kept as evidence without the erased person. */
  unlinked: number;
  /** Tombstones of this laptop missing from the backup, added so no erased person returns. */
  laptopTombstones: number;
  auditChain: AuditChainStatus;
  /** The backup's users: on a new laptop, whoever restores says which one they are. */
  users: { id: string; name: string }[];
};

export type RestorePlan = {
  readonly summary: RestoreSummary;
  readonly opened: OpenedBackup;
  readonly manifestSha256: string;
  /**
   * What pass two leaves out or rewrites, as the erasure's footprint (services/erasure) says: the
   * erased people, the ids of rows not written (the people's own rows, what is deleted with them,
   * client archive entries erased after they were made), and of rows written pseudonymised.
   */
  readonly erased: {
    readonly people: ReadonlyMap<string, DroppedPerson>;
    readonly rows: ReadonlyMap<BackupTable, ReadonlySet<string>>;
    readonly pseudonymised: ReadonlyMap<BackupTable, ReadonlySet<string>>;
  };
  /** What the restored records' derived fields are recomputed from (pass one collected it). */
  readonly incoming: IncomingContext;
  /** This laptop's tombstones that the backup lacks. */
  readonly laptopTombstones: readonly Tombstone[];
  /** This laptop's tombstone ids when planned: a new erasure since then means reviewing again. */
  readonly laptopTombstoneIds: ReadonlySet<string>;
  /** The restored install salt (null: make one) and every other salt a tombstone may use. */
  readonly salts: { readonly install: string | null; readonly former: readonly string[] };
  readonly laptopUser: User | null;
};

/**
 * First pass of a restore: decrypt and check the whole backup, decide who is left out and why
 * (tombstones of the backup and of this laptop; the retention sweep as of today, predicted), and
 * count. Writes nothing: the summary is shown, and only a confirmation applies the plan.
 */
export async function planRestore(
  ctx: RestoreContext,
  source: Blob,
  secret: BackupSecret,
  signal?: AbortSignal,
): Promise<Result<RestorePlan, BackupReadFailure>> {
  const opened = await openBackup(source, secret);
  if (!opened.ok) return opened;

  const laptopTombstones: Tombstone[] = readRows('tombstones', await ctx.db.tombstones.toArray());
  const laptopSalts = [
    await getMeta(ctx.db, 'installSalt'),
    ...((await getMeta(ctx.db, 'formerSalts')) ?? []),
  ].filter((s): s is string => s !== undefined);
  const currentUserId = await getMeta(ctx.db, 'currentUserId');
  const laptopUser = currentUserId
    ? (readMaybe('users', await ctx.db.users.get(currentUserId)) ?? null)
    : null;

  const visitor = planVisitor(toIsoDate(ctx.now), {
    tombstones: laptopTombstones,
    salts: laptopSalts,
  });
  const scanned = await scanBackup(opened.value, { record: visitor.record }, signal);
  if (!scanned.ok) return err(scanned.error);
  const { manifest, manifestSha256, auditChain, bytes } = scanned.value;
  const r = visitor.result();

  const added = laptopTombstones.filter((t) => !r.backupTombstoneIds.has(t.id));
  const install = r.backupSalt ?? laptopSalts[0] ?? null;
  return ok({
    summary: {
      backup: {
        createdAt: manifest.createdAt,
        createdBy: manifest.createdBy,
        appVersion: manifest.appVersion,
        schemaVersion: manifest.schemaVersion,
        formatVersion: manifest.formatVersion,
        bytes,
        attachmentBytes: manifest.attachmentBytes,
      },
      tables: Object.fromEntries(
        backupTables.map((t) => [t, { inBackup: manifest.counts[t] ?? 0, dropped: r.counts[t] }]),
      ) as RestoreSummary['tables'],
      dropped: r.dropped,
      unlinked: r.unlinked,
      laptopTombstones: added.length,
      auditChain,
      users: r.users,
    },
    opened: opened.value,
    manifestSha256,
    erased: { people: r.erased, rows: r.erasedRows, pseudonymised: r.pseudonymised },
    incoming: r.incoming,
    laptopTombstones: added,
    laptopTombstoneIds: new Set(laptopTombstones.map((t) => t.id)),
    salts: {
      install,
      former: [...new Set([...r.backupFormer, ...laptopSalts])].filter((s) => s !== install),
    },
    laptopUser,
  });
}
