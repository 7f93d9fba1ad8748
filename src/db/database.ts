import { Dexie, type IDType, type InsertType, type Table } from 'dexie';
import type { Application } from '../domain/application';
import type { ArchiveEntry } from '../domain/archive';
import type { Attachment } from '../domain/attachment';
import type { AuditEntry } from '../domain/audit';
import type { Candidate } from '../domain/candidate';
import type { Consent } from '../domain/consent';
import type { Contact } from '../domain/contact';
import type { Disclosure, NotificationTask } from '../domain/disclosure';
import type { Hold } from '../domain/hold';
import type { Mission } from '../domain/mission';
import type { Organisation } from '../domain/organisation';
import type { Referee } from '../domain/referee';
import type { RightsRequest } from '../domain/rights-request';
import type { Settings } from '../domain/settings';
import type { Tombstone } from '../domain/tombstone';
import type { User } from '../domain/user';
import { schemaVersions, type SchemaVersion } from './schema-versions';
import type { SyncTables } from './sync-tables';

/** Facts about this installation, not part of the firm's data model. */
export type MetaRow = { key: string; value: unknown };

declare const storedRow: unique symbol;

/**
 * A row as IndexedDB returns it: outside input, not yet checked against its schema, so none of
 * its fields can be read. `readRow` / `readRows` (db/rows.ts) with the table's schema are the
 * way to a domain value. Writes take the domain type.
 */
export type StoredRow<T> = { readonly [K in keyof T]: unknown } & { readonly [storedRow]: T };

type EntityTable<T, K extends keyof T> = Table<StoredRow<T>, IDType<T, K>, InsertType<T, K>>;

export type VivierDb = Dexie & {
  users: EntityTable<User, 'id'>;
  candidates: EntityTable<Candidate, 'id'>;
  referees: EntityTable<Referee, 'id'>;
  organisations: EntityTable<Organisation, 'id'>;
  contacts: EntityTable<Contact, 'id'>;
  missions: EntityTable<Mission, 'id'>;
  applications: EntityTable<Application, 'id'>;
  consents: EntityTable<Consent, 'id'>;
  disclosures: EntityTable<Disclosure, 'id'>;
  notificationTasks: EntityTable<NotificationTask, 'id'>;
  rightsRequests: EntityTable<RightsRequest, 'id'>;
  holds: EntityTable<Hold, 'id'>;
  tombstones: EntityTable<Tombstone, 'id'>;
  archive: EntityTable<ArchiveEntry, 'id'>;
  attachments: EntityTable<Attachment, 'id'>;
  settings: EntityTable<Settings, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  auditLog: EntityTable<AuditEntry, 'seq'>;
} & SyncTables; // team sync's own tables (sync-tables.ts), kept apart from the firm's records

export const defaultDbName = 'vivier';

type UpgradeListener = (dbName: string) => void;
const upgradeListeners = new Set<UpgradeListener>();

/**
 * Tells the listener when a database starts a schema upgrade: it rewrites rows in one
 * transaction before the first query answers, which takes minutes on a large database (the
 * start screen says so). Returns the unsubscribe function.
 */
export function onSchemaUpgrade(listener: UpgradeListener): () => void {
  upgradeListeners.add(listener);
  return () => {
    upgradeListeners.delete(listener);
  };
}

export function announceSchemaUpgrade(dbName: string): void {
  for (const listener of upgradeListeners) listener(dbName);
}

/** Opens (lazily) the database with the given versions: all of them unless a test says otherwise. */
export function createDb(
  name: string = defaultDbName,
  versions: readonly SchemaVersion[] = schemaVersions,
): VivierDb {
  const db = new Dexie(name) as VivierDb;
  for (const v of versions) {
    const declared = db.version(v.version).stores(v.stores);
    const upgrade = v.upgrade;
    if (upgrade)
      declared.upgrade((tx) => {
        if (!v.instant) announceSchemaUpgrade(name);
        return upgrade(tx);
      });
  }
  return db;
}
