import { writeCsv } from '../../lib/csv';

const cell = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value);

/** CSV as French Excel opens it (lib/csv: BOM, `;`, CRLF, formulas neutralised). */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return writeCsv([header, ...rows.map((r) => r.map(cell))]);
}

type Flat = Record<string, string | number | boolean | null>;

/**
 * One row per object: nested objects become dotted columns, lists of plain values are joined
 * with " | ", lists of objects are kept as JSON text.
 */
export function flatten(value: Record<string, unknown>, prefix = '', out: Flat = {}): Flat {
  for (const [key, v] of Object.entries(value)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(v))
      out[name] = v.every((x) => x === null || typeof x !== 'object')
        ? v.join(' | ')
        : JSON.stringify(v);
    else if (v !== null && typeof v === 'object') flatten(v as Record<string, unknown>, name, out);
    else out[name] = v as string | number | boolean | null;
  }
  return out;
}

/** A CSV of objects: the columns are every key any row has, in first-seen order. */
export function objectsToCsv(objects: readonly Record<string, unknown>[]): string {
  const rows = objects.map((o) => flatten(o));
  const header = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return toCsv(
    header,
    rows.map((r) => header.map((h) => r[h] ?? '')),
  );
}
