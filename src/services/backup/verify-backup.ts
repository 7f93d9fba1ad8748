import { err, ok, type Result } from '../../domain/result';
import type { BackupTable, Manifest } from './format';
import type { BackupReadFailure } from './read-failure';
import { openBackup, scanBackup, type AuditChainStatus, type BackupSecret } from './scan-backup';

export type VerifyReport = {
  manifest: Manifest;
  counts: Record<BackupTable, number>;
  entries: number;
  bytes: number;
  auditChain: AuditChainStatus;
};

/**
 * Reads a whole backup as a restore would, without writing anything: every chunk authenticated,
 * every entry hashed against the manifest, every record migrated and validated. Used after
 * writing (a backup counts once verified) and by `npm run backup:verify` on the file server.
 */
export async function verifyBackup(
  source: Blob,
  secret: BackupSecret,
  signal?: AbortSignal,
): Promise<Result<VerifyReport, BackupReadFailure>> {
  const opened = await openBackup(source, secret);
  if (!opened.ok) return opened;
  const scanned = await scanBackup(opened.value, {}, signal);
  if (!scanned.ok) return err(scanned.error);
  const { manifest, auditChain, bytes } = scanned.value;
  return ok({
    manifest,
    counts: manifest.counts,
    entries: manifest.entries.length + 2,
    bytes,
    auditChain,
  });
}
