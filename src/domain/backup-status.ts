import { toIsoDate } from './common';

/** How old the last verified backup is, for the dashboard's reminder (SPEC §5). */
export type BackupStatus =
  { state: 'never' } | { state: 'ok' | 'too-old'; days: number; at: string };

export function backupStatus(lastAt: string | null, now: Date, maxAgeDays: number): BackupStatus {
  if (lastAt === null) return { state: 'never' };
  const days = Math.floor(
    (Date.parse(toIsoDate(now)) - Date.parse(lastAt.slice(0, 10))) / 86_400_000,
  );
  return { state: days > maxAgeDays ? 'too-old' : 'ok', days: Math.max(0, days), at: lastAt };
}

/**
 * Rotation in the backup folder: the names of backups to delete so that the newest `keep` stay.
 * Names sort by time (vivier-backup-YYYY-MM-DD-HHMMSS.zip.age); other files are never touched.
 */
export function backupsToDelete(names: readonly string[], keep: number): string[] {
  const backups = names
    .filter((n) => /^vivier-backup-\d{4}-\d{2}-\d{2}-\d{6}\.zip\.age$/.test(n))
    .sort()
    .reverse();
  return backups.slice(Math.max(1, keep));
}
