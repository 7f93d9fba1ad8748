import type { VivierDb } from '../db/database';

export type Finding = { table: string; key: unknown; needle: string };

/** Every string in a value, with Blobs read as text: what IndexedDB actually holds. */
async function stringsIn(value: unknown, out: string[]): Promise<void> {
  if (typeof value === 'string') out.push(value);
  else if (value instanceof Blob) out.push(await value.text());
  else if (Array.isArray(value)) for (const v of value) await stringsIn(v, out);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      await stringsIn(v, out);
    }
}

/**
 * Scans every table of the database (whatever tables exist, so a new one is covered too) and
 * every Blob's bytes for any of the needles, case-insensitively.
 */
export async function scanDatabase(db: VivierDb, needles: readonly string[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  const lowered = needles.map((n) => n.toLowerCase());
  for (const table of db.tables) {
    const keys = await table.toCollection().primaryKeys();
    const rows = await table.toArray();
    for (const [i, row] of rows.entries()) {
      const strings: string[] = [];
      await stringsIn(row, strings);
      const text = strings.join('\n').toLowerCase();
      lowered.forEach((n, j) => {
        if (text.includes(n))
          findings.push({ table: table.name, key: keys[i], needle: needles[j]! });
      });
    }
  }
  return findings;
}
