import { withNamePrefixKeys } from './list-keys';

/**
 * How a stored record's shape changed, record by record: each step names the schema version that
 * introduced it and turns a row of the version before into one of that version. Pure, on plain
 * JSON, so the same step upgrades the database in place (Dexie's upgrade) and a record read from
 * an older backup. A version is never edited once released: a change is a new step, with a test.
 */
export type RecordStep = {
  version: number;
  migrate: (row: Record<string, unknown>) => Record<string, unknown>;
};

export const recordSteps: Readonly<Record<string, readonly RecordStep[]>> = {
  // Candidates listed under their search prefixes (`listKeys`), so a short prefix reads one range.
  candidates: [{ version: 2, migrate: (row) => withNamePrefixKeys(row) }],
};

/** The tables whose records change at `version`, each with its step. */
export function stepsAt(version: number): [table: string, step: RecordStep][] {
  return Object.entries(recordSteps).flatMap(([table, steps]) =>
    steps.filter((s) => s.version === version).map((s): [string, RecordStep] => [table, s]),
  );
}

/** A row of `table` at `version - 1` brought to `version`; the same object when nothing changes. */
export function migrateRecord(
  table: string,
  row: Record<string, unknown>,
  version: number,
): Record<string, unknown> {
  let value = row;
  for (const step of recordSteps[table] ?? [])
    if (step.version === version) value = step.migrate(value);
  return value;
}

/** The last version that changed a record's shape: what backups state and restores migrate to. */
export const recordsVersion = Math.max(
  1,
  ...Object.values(recordSteps).flatMap((steps) => steps.map((s) => s.version)),
);
