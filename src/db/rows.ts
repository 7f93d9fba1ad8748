import type { z } from 'zod';

/** A row read from IndexedDB that fails its schema: data corruption, never expected. */
export class CorruptRowError extends Error {
  constructor(
    readonly table: string,
    readonly key: unknown,
    readonly issues: readonly z.core.$ZodIssue[],
  ) {
    super(`Row ${String(key)} of ${table} does not match its schema`);
    this.name = 'CorruptRowError';
  }
}

/** Every row read back is validated: what IndexedDB returns is outside input. */
export function parseRow<S extends z.ZodType>(schema: S, table: string, row: unknown): z.output<S> {
  const parsed = schema.safeParse(row);
  if (!parsed.success) {
    const key = (row as { id?: unknown; seq?: unknown; key?: unknown } | undefined) ?? {};
    throw new CorruptRowError(table, key.id ?? key.seq ?? key.key, parsed.error.issues);
  }
  return parsed.data;
}

export function parseRows<S extends z.ZodType>(
  schema: S,
  table: string,
  rows: readonly unknown[],
): z.output<S>[] {
  return rows.map((r) => parseRow(schema, table, r));
}
