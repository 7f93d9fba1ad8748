import { err, ok, type Result } from '../../domain/result';
import type { VivierDb } from '../../db/database';
import { generateOfficeKey, type AgeSecret } from '../../lib/age';
import {
  writeBackup,
  type BackupKey,
  type BackupProgress,
  type BackupSink,
  type BackupWriteFailure,
  type BackupWritten,
} from './write-backup';

/**
 * A backup that can be verified by this laptop, which keeps no secret key: besides the office
 * keys, the file is also encrypted to a one-time key that lives in memory only until the file
 * has been read back. The office decrypts with its own key as usual; the one-time key is gone.
 * With a passphrase, the passphrase itself (still in memory, never stored) verifies.
 */
export async function makeBackup(
  db: VivierDb,
  now: Date,
  actor: string,
  sink: BackupSink,
  key: BackupKey,
  onProgress?: (p: BackupProgress) => void,
  signal?: AbortSignal,
): Promise<Result<{ written: BackupWritten; verifyWith: AgeSecret }, BackupWriteFailure>> {
  let encryptTo: BackupKey = key;
  let verifyWith: AgeSecret;
  if ('passphrase' in key) {
    verifyWith = { passphrase: key.passphrase };
  } else {
    if (key.recipients.length === 0) return err({ reason: 'invalid-key' });
    const once = await generateOfficeKey();
    encryptTo = { recipients: [...key.recipients, once.recipient] };
    verifyWith = { identities: [once.identity] };
  }
  const written = await writeBackup(db, now, actor, sink, encryptTo, onProgress, signal);
  return written.ok ? ok({ written: written.value, verifyWith }) : written;
}
