import { err, ok, type Result } from '../../domain/result';
import { settingsRow, type Settings } from '../../domain/settings';
import { fieldIssues, type FieldIssue } from '../../domain/common';
import { isAgeRecipient } from '../../lib/age';
import { getMeta, setMeta, type MetaValues } from '../../db/meta';
import type { VivierDb } from '../../db/database';
import { readSettings } from '../../db/settings-repo';
import { transactWithAudit } from '../audit';
import type { ServiceContext } from '../core';

export type VerifiedBackup = MetaValues['lastVerifiedBackup'];

/** A backup counts once it was read back and verified: recorded here, audited by file name. */
export async function recordVerifiedBackup(
  ctx: ServiceContext,
  backup: VerifiedBackup,
): Promise<void> {
  await transactWithAudit(ctx, [ctx.db.meta], async () => {
    await setMeta(ctx.db, 'lastVerifiedBackup', backup);
    return {
      result: undefined,
      audit: [{ action: 'backup.verify', entity: 'backup', id: backup.fileName.slice(0, 64) }],
    };
  });
}

/** This laptop's backup folder (a File System Access handle; a preference, not audited). */
export async function setBackupFolder(db: VivierDb, folder: FileSystemDirectoryHandle) {
  await setMeta(db, 'backupFolder', folder);
}

export const lastVerifiedBackup = (ctx: Pick<ServiceContext, 'db'>) =>
  getMeta(ctx.db, 'lastVerifiedBackup');

type Invalid = { reason: 'invalid'; issues: FieldIssue[] };

/**
 * The office public keys (and escrow keys) backups are encrypted to. Only public keys: a secret
 * key is never given to this function, and never stored.
 */
export async function setBackupRecipients(
  ctx: ServiceContext,
  recipients: readonly string[],
): Promise<Result<Settings, Invalid>> {
  const bad = recipients.findIndex((r) => !isAgeRecipient(r.trim()));
  if (bad >= 0)
    return err({ reason: 'invalid', issues: [{ path: `recipients.${bad}`, code: 'invalid' }] });
  const unique = [...new Set(recipients.map((r) => r.trim()))];
  return updateBackupSettings(ctx, { recipients: unique }, 'backup.recipients');
}

/** How many backups to keep in the folder, and after how many days to remind. */
export async function setBackupPolicy(
  ctx: ServiceContext,
  policy: { keep: number; maxAgeDays: number },
): Promise<Result<Settings, Invalid>> {
  return updateBackupSettings(ctx, policy, 'backup.policy');
}

async function updateBackupSettings(
  ctx: ServiceContext,
  change: Partial<Settings['backup']>,
  field: string,
): Promise<Result<Settings, Invalid>> {
  const current = await readSettings(ctx.db);
  const parsed = settingsRow.safeParse({ ...current, backup: { ...current.backup, ...change } });
  if (!parsed.success) {
    return err({
      reason: 'invalid',
      issues: fieldIssues(parsed.error).map((i) => ({
        ...i,
        path: i.path.replace(/^backup\./, ''),
      })),
    });
  }
  await transactWithAudit(ctx, [ctx.db.settings], async () => {
    await ctx.db.settings.put(parsed.data);
    return {
      result: undefined,
      audit: [{ action: 'settings.update', entity: 'settings', id: 'settings', fields: [field] }],
    };
  });
  return ok(parsed.data);
}
