/**
 * The append-only, hash-chained audit log (SHA-256): every change writes its entry in the same
 * transaction (`transactWithAudit`), holding ids and action names only; the chain check; a
 * record's history read back from it (which fields changed, when, by whom).
 */
export { appendAudit, checkAuditLog, recentAudit, transactWithAudit } from './audit';
export { type HistoryEntry, historyOf } from './history';
