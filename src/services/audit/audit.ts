import { readMaybe } from '../../db/rows';
import { Dexie, type Table } from 'dexie';
import {
  auditEntryRow,
  auditHashInput,
  genesisHash,
  verifyAuditChain,
  type AuditDraft,
  type AuditEntry,
  type ChainReport,
} from '../../domain/audit';
import { parseRows } from '../../db/rows';
import { sha256TextHex } from '../../lib/sha256-stream';
import type { VivierDb } from '../../db/database';
import type { ServiceContext } from '../core';

/**
 * Appends entries to the hash chain. Must run inside a read-write transaction that includes the
 * audit log, so that the change and its entry commit together or not at all.
 */
export async function appendAudit(
  ctx: ServiceContext,
  drafts: readonly AuditDraft[],
): Promise<void> {
  if (drafts.length === 0) return;
  if (!Dexie.currentTransaction) throw new Error('appendAudit must run inside a transaction');
  const last = readMaybe('auditLog', await ctx.db.auditLog.orderBy('seq').last());
  const at = ctx.now.toISOString();
  // Hashed synchronously: nothing between the read of the last entry and the write of the new
  // ones leaves the transaction, however many entries a batch appends.
  const entries: AuditEntry[] = [];
  let prevHash = last?.hash ?? genesisHash;
  let seq = (last?.seq ?? 0) + 1;
  for (const d of drafts) {
    const rest = {
      seq,
      at,
      actor: ctx.actor,
      action: d.action,
      entity: d.entity,
      id: d.id,
      fields: d.fields ?? [],
      prevHash,
    };
    const hash = sha256TextHex(auditHashInput(rest));
    entries.push({ ...rest, hash });
    prevHash = hash;
    seq += 1;
  }
  await ctx.db.auditLog.bulkAdd(entries);
}

/**
 * Runs a use-case in one read-write transaction over the given tables plus the audit log.
 * The use-case returns its result and the audit entries that describe it.
 */
export function transactWithAudit<T>(
  ctx: ServiceContext,
  tables: readonly Table[],
  work: () => Promise<{ result: T; audit: AuditDraft[] }>,
): Promise<T> {
  return ctx.db.transaction('rw', [...tables, ctx.db.auditLog], async () => {
    const { result, audit } = await work();
    await appendAudit(ctx, audit);
    return result;
  });
}

/** Reads the whole chain in order and verifies it with WebCrypto. */
export async function checkAuditLog(db: VivierDb): Promise<ChainReport> {
  const rows = await db.auditLog.orderBy('seq').toArray();
  return verifyAuditChain(rows, async (text) => sha256TextHex(text));
}

export async function recentAudit(db: VivierDb, limit: number): Promise<AuditEntry[]> {
  return parseRows(
    auditEntryRow,
    'auditLog',
    await db.auditLog.orderBy('seq').reverse().limit(limit).toArray(),
  );
}
