/**
 * Backup and restore (format: FORMAT.md beside this file). A backup: `writeBackup` streams the
 * database and attachments as one age-encrypted zip, `verifyBackup` reads it back, `makeBackup`
 * does both and logs it. A restore: `planRestore` decrypts and checks the backup and says what
 * will be restored and dropped; `applyRestore` writes a new database from it, applies every
 * tombstone and today's retention rules, and switches to it in one step. What is left out or
 * pseudonymised with an erased person is the erasure's own footprint (services/erasure), and
 * every derived field is recomputed through services/incoming.
 */
export { applyRestore, type RestoreFailure } from './apply-restore';
export {
  recordVerifiedBackup,
  setBackupFolder,
  setBackupPolicy,
  setBackupRecipients,
} from './backup-log';
export {
  backupFileName,
  backupTables,
  type Manifest,
  manifestName,
  sumsName,
  sumsText,
} from './format';
export { makeBackup } from './make-backup';
export { planRestore, type RestoreContext, type RestorePlan } from './restore-plan';
export { type BackupSecret } from './scan-backup';
export { verifyBackup } from './verify-backup';
export { type BackupKey, type BackupSink, writeBackup } from './write-backup';
