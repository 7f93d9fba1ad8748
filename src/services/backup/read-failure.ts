import type { BackupReadReason } from '../../domain/backup-reasons';
import type { FieldIssue } from '../../domain/common';
import { AgeError, type AgeReason } from '../../lib/age';
import { LineTooLongError } from '../../lib/lines';
import { ZipReadError, type ZipReadReason } from '../../lib/zip-reader';
import type { BackupTable } from './format';

/** Details name tables, rows, entries and field paths: never a value, so they may be logged. */
export type BackupReadFailure = {
  reason: BackupReadReason;
  table?: BackupTable;
  row?: number;
  entry?: string;
  issues?: FieldIssue[];
};

export class BackupReadError extends Error {
  constructor(readonly failure: BackupReadFailure) {
    super(failure.reason);
    this.name = 'BackupReadError';
  }
}

export const readFail = (failure: BackupReadFailure): never => {
  throw new BackupReadError(failure);
};

const fromAge: Record<AgeReason, BackupReadReason> = {
  'not-age': 'not-a-backup',
  'invalid-key': 'invalid-key',
  'wrong-key': 'wrong-key',
  'needs-passphrase': 'needs-passphrase',
  'needs-identity': 'needs-identity',
  'work-factor-too-high': 'work-factor-too-high',
  truncated: 'truncated',
  'trailing-data': 'trailing-data',
  tampered: 'tampered',
};

const fromZip: Record<ZipReadReason, BackupReadReason> = {
  'not-zip': 'not-a-backup',
  'bad-entry-name': 'bad-entry-name',
  'duplicate-entry': 'bad-entry-name',
  'zip-bomb': 'zip-bomb',
  unsupported: 'corrupt-archive',
  layout: 'corrupt-archive',
  'size-mismatch': 'corrupt-archive',
  'crc-mismatch': 'corrupt-archive',
  corrupt: 'corrupt-archive',
};

/** The failure an error stands for, or null for a bug (which the caller rethrows). */
export function asReadFailure(e: unknown): BackupReadFailure | null {
  if (e instanceof BackupReadError) return e.failure;
  if (e instanceof AgeError) return { reason: fromAge[e.reason] };
  if (e instanceof ZipReadError) return { reason: fromZip[e.reason] };
  if (e instanceof LineTooLongError) return { reason: 'corrupt-archive' };
  if (e instanceof TypeError && /decode|encoded data/i.test(e.message)) {
    return { reason: 'corrupt-archive' }; // TextDecoder (fatal) on bytes that are not UTF-8
  }
  return null;
}
