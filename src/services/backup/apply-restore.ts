import { Dexie } from 'dexie';
import type { AuditDraft } from '../../domain/audit';
import type { RestoreApplyReason } from '../../domain/backup-reasons';
import { changedMeanwhile, type ChangedMeanwhile } from '../core';
import { err, ok, type Result } from '../../domain/result';
import type { DbPointer } from '../../db/active-db';
import { createDb, type VivierDb } from '../../db/database';
import { setMeta } from '../../db/meta';
import type { SweepRecord } from '../../domain/sweep-record';
import { appendAudit } from '../audit';
import type { RowTable } from '../../db/rows';
import { belongsOf } from '../erasure';
import { normaliseIncoming, type IncomingKind, type IncomingRecords } from '../incoming';
import { runSweep } from '../retention';
import type { BackupTable } from './format';
import type { BackupReadFailure } from './read-failure';
import type { RestoreContext, RestorePlan } from './restore-plan';
import { scanBackup, type AnyRecord } from './scan-backup';

export type RestoreFailure =
  BackupReadFailure | { reason: RestoreApplyReason } | ChangedMeanwhile<'reviewed'>;

export type ApplyOptions = {
  signal?: AbortSignal;
  /** Progress in entries of the backup; awaited, between writes, never inside a transaction. */
  onProgress?: (done: number, total: number) => void | Promise<void>;
  /** Opens the staging database (tests pass one that fails like a full disk). */
  openStaging?: (name: string) => VivierDb;
};

const batchRows = 500;
const batchBytes = 8 * 1024 * 1024;

/**
 * Second pass, on confirmation: reads the backup again (hashes checked again), writes what the
 * plan keeps into the inactive database in bulk transactions (erased people are never written),
 * adds this laptop's tombstones and an audit entry, runs the retention sweep there as of today,
 * then switches the pointer in one put and deletes the old database. Until that put the current
 * database is not written to at all: any failure, or a tab closed midway, leaves it as it was (a
 * half-filled staging database is discarded at the next start or restore). After success the app
 * reloads, opening the database the pointer names.
 */
export async function applyRestore(
  ctx: RestoreContext,
  pointer: DbPointer,
  plan: RestorePlan,
  options: ApplyOptions = {},
): Promise<Result<{ activeName: string; sweep: SweepRecord }, RestoreFailure>> {
  const current = await pointer.active();
  if (ctx.db.name !== current) throw new Error('restore must start from the active database');
  // an erasure on this laptop since the summary would not be in the plan: review again
  const laptopTombstones = await ctx.db.tombstones.toCollection().primaryKeys();
  if (
    laptopTombstones.length !== plan.laptopTombstoneIds.size ||
    laptopTombstones.some((id) => !plan.laptopTombstoneIds.has(id))
  ) {
    return changedMeanwhile('reviewed');
  }

  const stagingName = await pointer.inactive();
  await Dexie.delete(stagingName);
  const staging = (options.openStaging ?? createDb)(stagingName);
  const discard = async () => {
    staging.close();
    await Dexie.delete(stagingName);
  };

  let sweep: SweepRecord;
  try {
    await staging.open();
    const result = await fill(ctx, staging, plan, options);
    if (!result.ok) {
      await discard();
      return result;
    }
    sweep = result.value;
  } catch (e) {
    await discard().catch(() => undefined);
    if (isQuotaError(e)) return err({ reason: 'quota-exceeded' });
    throw e;
  }
  staging.close();
  if (!(await pointer.switchTo(current, stagingName))) {
    await Dexie.delete(stagingName);
    return err({ reason: 'interrupted' });
  }
  ctx.db.close();
  await Dexie.delete(current);
  return ok({ activeName: stagingName, sweep });
}

async function fill(
  ctx: RestoreContext,
  staging: VivierDb,
  plan: RestorePlan,
  options: ApplyOptions,
): Promise<Result<SweepRecord, RestoreFailure>> {
  const { erased } = plan;
  let batch: { table: BackupTable | null; rows: unknown[]; bytes: number } = {
    table: null,
    rows: [],
    bytes: 0,
  };
  const flush = async () => {
    const { table, rows } = batch;
    batch = { table: null, rows: [], bytes: 0 };
    if (table === null || rows.length === 0) return;
    const t = staging.table(table);
    await staging.transaction('rw', t, () => t.bulkAdd(rows));
  };
  const put = async (table: BackupTable, row: unknown, bytes = 0) => {
    if (batch.table !== table) await flush();
    batch.table = table;
    batch.rows.push(row);
    batch.bytes += bytes;
    if (batch.rows.length >= batchRows || batch.bytes >= batchBytes) await flush();
  };
  const backupUsers = new Set<string>();
  const skipped = (table: BackupTable, id: string) => erased.rows.get(table)?.has(id) === true;

  // What the erasure leaves of an erased person, the restore leaves too: the plan followed the
  // erasure's footprint (services/erasure) and names the rows to leave out and to pseudonymise.
  const asErased = <R extends { id: string }>(table: BackupTable, row: R): R => {
    const fate = belongsOf(table as RowTable)?.fate;
    return fate?.do === 'pseudonymise' && erased.pseudonymised.get(table)?.has(row.id)
      ? (fate.rewrite(row as unknown as Record<string, unknown>) as unknown as R)
      : row;
  };
  const record = async (rec: AnyRecord) => {
    switch (rec.table) {
      case 'meta':
      case 'attachments': // written with their bytes
        return;
      case 'settings':
      case 'tombstones':
      case 'rightsRequests':
      case 'auditLog':
        return put(rec.table, rec.row);
      case 'users':
        backupUsers.add(rec.row.id);
        return put(rec.table, rec.row);
    }
    if (skipped(rec.table, rec.row.id)) return;
    switch (rec.table) {
      // derived fields recomputed through the one door for outside data, never believed
      case 'candidates':
      case 'referees':
      case 'contacts':
      case 'organisations':
      case 'missions':
      case 'archive':
        return put(rec.table, normalised(rec, plan));
      default:
        return put(rec.table, asErased(rec.table, rec.row));
    }
  };

  const scanned = await scanBackup(
    plan.opened,
    {
      record,
      wantsBytes: (meta) => !skipped('attachments', meta.id),
      attachment: async (meta, blob) => {
        if (blob) await put('attachments', { ...meta, blob }, meta.size);
      },
      progress: options.onProgress,
    },
    options.signal,
  );
  if (!scanned.ok) return scanned;
  if (scanned.value.manifestSha256 !== plan.manifestSha256) {
    return changedMeanwhile('reviewed');
  }
  await flush();

  const actor = ctx.actor ?? (scanned.value.manifest.createdBy || 'restore');
  const audit: AuditDraft[] = [
    { action: 'backup.restore', entity: 'backup', id: plan.manifestSha256, fields: [] },
    ...[...erased.people.values()].map((d) => ({
      action: 'restore.drop',
      entity: d.personType,
      id: d.id,
      fields: [d.reason],
    })),
  ];
  const restored = { db: staging, now: ctx.now, actor };
  await staging.transaction('rw', staging.tables, async () => {
    await setMeta(staging, 'installSalt', plan.salts.install ?? randomHex(32));
    if (plan.salts.former.length > 0) await setMeta(staging, 'formerSalts', [...plan.salts.former]);
    if (plan.laptopUser) {
      if (!backupUsers.has(plan.laptopUser.id)) await staging.users.add(plan.laptopUser);
      await setMeta(staging, 'currentUserId', plan.laptopUser.id);
    } else if (ctx.actor !== null && backupUsers.has(ctx.actor)) {
      // a new laptop: the person restoring said which of the backup's users they are
      await setMeta(staging, 'currentUserId', ctx.actor);
    }
    await staging.tombstones.bulkAdd([...plan.laptopTombstones]);
    await appendAudit(restored, audit);
  });
  // Retention as of today, by the app's own sweep: the same erasures, archiving (P8), tombstones,
  // Art. 19 tasks and audit entries as on any day, before the restored data is ever shown.
  return ok(await runSweep(restored));
}

/** A restored record with its derived fields recomputed (services/incoming). */
const normalised = (
  rec: Extract<AnyRecord, { table: IncomingKind }>,
  plan: RestorePlan,
): IncomingRecords[IncomingKind] => normaliseIncoming(rec.table, rec.row, plan.incoming);

const randomHex = (bytes: number): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');

/** A full disk shows up as QuotaExceededError, possibly wrapped by Dexie (inner, failures). */
function isQuotaError(e: unknown): boolean {
  for (let depth = 0; e && depth < 5; depth++) {
    const x = e as { name?: string; inner?: unknown; failures?: unknown[]; cause?: unknown };
    if (x.name === 'QuotaExceededError') return true;
    e = x.inner ?? x.failures?.[0] ?? x.cause;
  }
  return false;
}
