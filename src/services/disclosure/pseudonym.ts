import type { VivierDb } from '../../db/database';
import { getMeta } from '../../db/meta';
import { sha256Hex } from '../../lib/sha256';

/**
 * The disclosure register's pseudonym of a candidate: SHA-256 of the installation salt and the
 * candidate id. It links one person's entries after erasure without naming them, and cannot be
 * recomputed from the id alone.
 */
export async function candidatePseudonym(db: VivierDb, candidateId: string): Promise<string> {
  const salt = await getMeta(db, 'installSalt');
  if (salt === undefined) throw new Error('installSalt missing: the first run did not complete');
  return sha256Hex(salt + candidateId);
}
