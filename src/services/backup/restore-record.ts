import { fieldIssues, type FieldIssue } from '../../domain/common';
import { err, ok, type Result } from '../../domain/result';
import { currentSchemaVersion } from '../../db/schema-versions';
import { migrateRecord } from '../../domain/record-migrations';
import type { BackupTable } from './format';
import { recordSchemas, type BackupRecord } from './record-schemas';

/**
 * Upgrades a raw record written under schema version `from` to `from + 1`. Pure, on plain JSON,
 * so a backup from any older Vivier restores: add one entry per new schema version, with a test.
 */
export type RecordMigration = (table: BackupTable, raw: Record<string, unknown>) => unknown;
export type RecordMigrations = Readonly<Record<number, RecordMigration>>;

/** The records' own steps (domain/record-migrations.ts), the ones the database upgrade runs too. */
export const recordMigrations: RecordMigrations = Object.fromEntries(
  Array.from({ length: currentSchemaVersion - 1 }, (_, i): [number, RecordMigration] => [
    i + 1,
    (table, raw) => migrateRecord(table, raw, i + 2),
  ]),
);

/**
 * The one door for a record from outside (excalidraw's `restore`): migrate from the backup's
 * schema version to this app's, then validate with the domain schema, which also repairs what
 * may be repaired (defaults for missing optional fields, unknown fields dropped, text trimmed).
 * Nothing else sees a record before this step.
 */
export function restoreRecord<T extends BackupTable>(
  table: T,
  raw: unknown,
  fromVersion: number,
  migrations: RecordMigrations = recordMigrations,
  toVersion: number = currentSchemaVersion,
): Result<BackupRecord<T>, FieldIssue[]> {
  let value = raw;
  for (let v = fromVersion; v < toVersion; v++) {
    const migrate = migrations[v];
    if (!migrate) throw new Error(`no record migration from schema version ${v}`);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return err([{ path: '', code: 'invalid' }]);
    }
    value = migrate(table, value as Record<string, unknown>);
  }
  const parsed = recordSchemas[table].safeParse(value);
  return parsed.success ? ok(parsed.data as BackupRecord<T>) : err(fieldIssues(parsed.error));
}
