import { z } from 'zod';
import { id, isoDateTime } from './common';

/**
 * The audit log is append-only and hash-chained: each entry holds the hash of the previous one.
 * It holds ids, action names and field names, never personal data, so erasure never rewrites it.
 */
export const auditEntryRow = z.object({
  seq: z.number().int().min(1),
  at: isoDateTime,
  /** The user id (see users table), not a name. */
  actor: id,
  action: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/),
  entity: z.string().regex(/^[a-z0-9-]+$/),
  id: z.string().max(64),
  /** Names of the fields a change touched (never their values). */
  fields: z.array(z.string().max(80)).default([]),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditEntry = z.infer<typeof auditEntryRow>;
export type AuditDraft = Pick<AuditEntry, 'action' | 'entity' | 'id'> & { fields?: string[] };

export const genesisHash = '0'.repeat(64);

/** The exact text that is hashed: every field but the hash, in a fixed order. */
export function auditHashInput(e: Omit<AuditEntry, 'hash'>): string {
  return JSON.stringify([e.seq, e.at, e.actor, e.action, e.entity, e.id, e.fields, e.prevHash]);
}

export type ChainBreak = {
  seq: number;
  reason: 'hash-mismatch' | 'prev-mismatch' | 'seq-gap' | 'invalid-entry';
};
export type ChainReport =
  { intact: true; count: number } | { intact: false; count: number; firstBreak: ChainBreak };

/**
 * Walks the chain in order and reports the first broken link. The hash function is a parameter
 * (WebCrypto in the app) so the rule stays pure.
 */
export async function verifyAuditChain(
  rows: readonly unknown[],
  sha256: (text: string) => Promise<string>,
): Promise<ChainReport> {
  let prevHash = genesisHash;
  let expectedSeq = 1;
  for (const row of rows) {
    const parsed = auditEntryRow.safeParse(row);
    const seq =
      typeof (row as { seq?: unknown })?.seq === 'number'
        ? (row as { seq: number }).seq
        : expectedSeq;
    const fail = (reason: ChainBreak['reason']): ChainReport => ({
      intact: false,
      count: rows.length,
      firstBreak: { seq, reason },
    });
    if (!parsed.success) return fail('invalid-entry');
    const entry = parsed.data;
    if (entry.seq !== expectedSeq) return fail('seq-gap');
    if (entry.prevHash !== prevHash) return fail('prev-mismatch');
    const { hash, ...rest } = entry;
    if ((await sha256(auditHashInput(rest))) !== hash) return fail('hash-mismatch');
    prevHash = hash;
    expectedSeq += 1;
  }
  return { intact: true, count: rows.length };
}
