import { readMaybe } from '../../db/rows';
import { auditEntryRow } from '../../domain/audit';
import type { VivierDb } from '../../db/database';
import { parseRows } from '../../db/rows';

/** One line of a record's history: which fields changed, when and by whom (never the values). */
export type HistoryEntry = {
  seq: number;
  at: string;
  actor: string;
  /** The user's name when the user is known on this laptop. */
  actorName: string | null;
  action: string;
  entity: string;
  id: string;
  fields: string[];
};

/**
 * The history of one or more records (a candidate, its applications, its referees), newest
 * first, read from the audit log through its [entity+id] index: never a scan of the log.
 */
export async function historyOf(
  db: VivierDb,
  refs: readonly { entity: string; id: string }[],
): Promise<HistoryEntry[]> {
  if (refs.length === 0) return [];
  const rows = parseRows(
    auditEntryRow,
    'auditLog',
    await db.auditLog
      .where('[entity+id]')
      .anyOf(refs.map((r) => [r.entity, r.id]))
      .toArray(),
  );
  const actorIds = [...new Set(rows.map((r) => r.actor))];
  const users = (await db.users.bulkGet(actorIds)).map((u) => readMaybe('users', u));
  const names = new Map(actorIds.map((id, i) => [id, users[i]?.name ?? null]));
  return rows
    .sort((a, b) => b.seq - a.seq)
    .map((r) => ({
      seq: r.seq,
      at: r.at,
      actor: r.actor,
      actorName: names.get(r.actor) ?? null,
      action: r.action,
      entity: r.entity,
      id: r.id,
      fields: r.fields,
    }));
}
