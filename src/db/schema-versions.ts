import type { Transaction } from 'dexie';
import { migrateRecord, recordsVersion, stepsAt } from '../domain/record-migrations';
import { scheduleSearchPrefixBackfill } from './backfills';
import { syncStores } from './sync-tables';

/**
 * Every schema version, in order. A version is never edited once released: a change is a new
 * entry with its stores and a named upgrade function, and a test in migrations.test.ts that opens
 * the previous version with data, upgrades and checks every row (additive-only policy).
 */
export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
  /**
   * The upgrade writes a few rows whatever the data's size (it schedules a backfill): the start
   * screen has nothing to warn about.
   */
  instant?: true;
};

export const version1: SchemaVersion = {
  version: 1,
  stores: {
    users: 'id',
    candidates:
      'id, sortName, [sortName+id], *searchTokens, *listKeys, source, collectedOn, noticeDueOn, deleteOn, updatedAt',
    referees: 'id, candidateId, sortName, *searchTokens, deleteOn',
    organisations: 'id, kind, sortName, [kind+sortName]',
    contacts: 'id, organisationId, sortName, *searchTokens, lastContactOn, deleteOn',
    missions: 'id, clientId, partnerId, status, openedOn, sortTitle',
    applications: 'id, candidateId, missionId, status, receivedOn, updatedAt',
    consents:
      'id, candidateId, missionId, recipientId, [candidateId+missionId+recipientId], givenOn',
    disclosures: 'id, candidateId, pseudonym, missionId, recipientId, at',
    notificationTasks: 'id, disclosureId, recipientId, candidateId, state',
    rightsRequests: 'id, subjectId, type, status, dueOn, receivedOn, [status+dueOn]',
    holds: 'id, personId, endsOn, requestId',
    tombstones: 'id, erasedAt, *identifierHashes',
    archive: 'id, deleteOn, archivedAt',
    attachments: 'id, [ownerType+ownerId], ownerId, sha256, addedAt',
    settings: 'id',
    meta: 'key',
    auditLog: 'seq, at, [entity+id], action',
  },
};

/**
 * The Dexie upgrade to `version`: every record whose shape changed at that version goes through
 * its step (domain/record-migrations.ts), the same one a restore of an older backup applies.
 */
export const upgradeRecordsTo =
  (version: number) =>
  async (tx: Transaction): Promise<void> => {
    for (const [table] of stepsAt(version))
      await tx
        .table(table)
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          const upgraded = migrateRecord(table, row, version);
          if (upgraded !== row) Object.assign(row, upgraded);
        });
  };

export const version2: SchemaVersion = {
  version: 2,
  stores: version1.stores,
  upgrade: upgradeRecordsTo(2),
};

/**
 * Team sync: the outbox (written in the same transaction as each change), what the laptop knows
 * of each document on the hub, the documents set aside, other laptops' audit chains. New tables
 * only, so nothing to rewrite: a laptop that never syncs leaves them empty.
 */
export const version3: SchemaVersion = {
  version: 3,
  stores: { ...version2.stores, ...syncStores },
};

/**
 * Candidates are listed under search prefixes of up to 6 characters instead of 3 (`listKeys`,
 * already indexed), so any prefix's first page is one index range. No index changes and no row
 * is rewritten here: the upgrade only schedules the backfill that adds the keys after start-up
 * in small batches (db/backfills.ts); search answers the old way until it is done.
 */
export const version4: SchemaVersion = {
  version: 4,
  stores: version3.stores,
  upgrade: scheduleSearchPrefixBackfill,
  instant: true,
};

export const schemaVersions: readonly SchemaVersion[] = [version1, version2, version3, version4];

/** The database's version (what Dexie opens). */
export const latestDbVersion = schemaVersions[schemaVersions.length - 1]!.version;

/**
 * The version of the records' shapes: what a backup's manifest states and a restore migrates
 * to. It is the last version with a record step (domain/record-migrations.ts); a version that
 * only adds sync's own tables has none, so backups keep stating the one before it.
 */
export const currentSchemaVersion = recordsVersion;
