import type { EntityTable } from 'dexie';
import type { AuditEntry } from '../domain/audit';
import type { Mark } from '../domain/sync/document';

/**
 * The tables team sync adds (schema version 3). Each holds ids, revisions and stamps; none holds
 * a field value of a person, so an erasure never has to rewrite them beyond dropping the row.
 */

/** One local change waiting to be pushed, written in the same transaction as the change. */
export type OutboxRow = {
  seq?: number;
  /** `kind:key` of the changed record (see domain/sync/document.ts). */
  docId: string;
  op: 'put' | 'delete';
  /** The change's stamp (hybrid logical clock, encoded). */
  hlc: string;
};

/** What this laptop last knew of a record on the hub: its revision and merge metadata. */
export type SyncDocRow = {
  id: string;
  rev: string;
  deleted: boolean;
  hlc: string | null;
  device: string | null;
  author: string | null;
  marks: Mark[];
};

/** A document from the hub that failed its schema: set aside, never applied (ids and paths only). */
export type SyncQuarantineRow = {
  id: string;
  docId: string;
  rev: string;
  reason: string;
  paths: string[];
  at: string;
};

/** Audit entries made on other laptops: one hash chain per device (GDPR Art. 5(2)). */
export type PeerAuditRow = AuditEntry & { device: string };

export type SyncTables = {
  outbox: EntityTable<OutboxRow, 'seq'>;
  syncDocs: EntityTable<SyncDocRow, 'id'>;
  syncQuarantine: EntityTable<SyncQuarantineRow, 'id'>;
  peerAudit: EntityTable<PeerAuditRow, 'seq'>;
};

export const syncStores = {
  outbox: '++seq, docId',
  syncDocs: 'id',
  syncQuarantine: 'id, docId',
  peerAudit: '[device+seq], device',
} as const;
