import { describe, expect, it } from 'vitest';
import {
  migrateRecord,
  recordSteps,
  recordsVersion,
  stepsAt,
} from '../../domain/record-migrations';
import { recordMigrations } from './restore-record';
import { currentSchemaVersion, latestDbVersion, schemaVersions } from '../../db/schema-versions';

describe('one list of steps per record, read by the database upgrade and by a restore', () => {
  it('runs every record step in a declared schema version that has an upgrade', () => {
    for (const steps of Object.values(recordSteps))
      for (const step of steps) {
        const declared = schemaVersions.find((v) => v.version === step.version);
        expect(declared?.upgrade, `version ${step.version}`).toBeDefined();
      }
  });

  it('states in backups the last version that changed a record, not the sync-only or backfill-only ones', () => {
    expect(currentSchemaVersion).toBe(recordsVersion);
    expect(currentSchemaVersion).toBe(2);
    expect(latestDbVersion).toBe(4);
    expect(stepsAt(3)).toEqual([]);
    expect(stepsAt(4)).toEqual([]);
  });

  it('gives a restore the same step as the upgrade, and leaves other records as they are', () => {
    const row = { id: 'c1', firstName: 'Émile', lastName: 'Zola', listKeys: [] };
    expect(recordMigrations[1]!('candidates', row)).toEqual(migrateRecord('candidates', row, 2));
    const contact = { id: 'k1' };
    expect(migrateRecord('contacts', contact, 2)).toBe(contact);
  });
});
