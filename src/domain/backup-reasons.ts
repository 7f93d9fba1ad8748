/**
 * Why a backup or a restore did not happen: string codes, each with its own message in every
 * language (i18n/catalogues/backup.ts, `reason.<code>`). Listed here so the catalogue test can
 * prove every code has its text.
 */
export const backupReadReasons = [
  'not-a-backup',
  'newer-format',
  'invalid-key',
  'wrong-key',
  'needs-passphrase',
  'needs-identity',
  'work-factor-too-high',
  'truncated',
  'trailing-data',
  'tampered',
  'bad-entry-name',
  'zip-bomb',
  'corrupt-archive',
  'checksum-mismatch',
  'manifest-mismatch',
  'invalid-record',
  'cancelled',
] as const;
export type BackupReadReason = (typeof backupReadReasons)[number];

/**
 * A restore can also fail while writing, after the file read well; or find this laptop changed
 * since its summary was reviewed (the shared `changed-meanwhile` failure, services/core).
 */
export const restoreApplyReasons = ['quota-exceeded', 'interrupted'] as const;
export type RestoreApplyReason = (typeof restoreApplyReasons)[number];

export const backupWriteReasons = [
  'cancelled',
  'changed-during-backup',
  'invalid-key',
  'too-large',
  'corrupt-row',
  'sink-failed',
] as const;
export type BackupWriteReason = (typeof backupWriteReasons)[number];

/** Why a restore leaves a person out (shown in the summary, written in the audit log). */
export const dropReasons = [
  'erased-in-backup',
  'erased-on-this-laptop',
  'retention',
  'retention-archive',
  'with-candidate',
] as const;
export type DropReason = (typeof dropReasons)[number];
