import { readRows } from '../../db/rows';
import type { PersonType } from '../../domain/common';
import type { RetentionReason } from '../../domain/retention';
import { expiringWindow, isHeld } from '../../domain/retention-decisions';
import { daysBetween } from '../../domain/calendar';
import type { VivierDb } from '../../db/database';
import { readSettings } from '../../db/settings-repo';
import { computeRetention } from './dates';

export type ExpiringPerson = {
  personType: PersonType;
  id: string;
  /** For the list only (the screen shows who); never written anywhere. */
  name: string;
  deleteOn: string;
  daysLeft: number;
  because: RetentionReason[];
  held: boolean;
};

const nameOf = (row: {
  identity?: { firstName: string; lastName: string };
  firstName?: string;
  lastName?: string;
}) =>
  row.identity
    ? `${row.identity.firstName} ${row.identity.lastName}`
    : `${row.firstName ?? ''} ${row.lastName ?? ''}`.trim();

/**
 * People due within `warnDays` (SPEC §3: default 14), with the reason, for the retention screen
 * and the home dashboard: read through the deleteOn index range [today, today + warnDays].
 */
export async function expiringSoon(
  db: VivierDb,
  today: string,
  warnDays: number,
): Promise<ExpiringPerson[]> {
  const { from, to } = expiringWindow(today, warnDays);
  const rules = (await readSettings(db)).retention;
  const out: ExpiringPerson[] = [];
  const names = { candidate: 'candidates', contact: 'contacts', referee: 'referees' } as const;
  const tables = [
    ['candidate', db.candidates],
    ['contact', db.contacts],
    ['referee', db.referees],
  ] as const;
  for (const [personType, table] of tables) {
    const rows = readRows(
      names[personType],
      await table.where('deleteOn').between(from, to, true, true).toArray(),
    );
    for (const row of rows) {
      const why = await computeRetention(db, personType, row.id, rules);
      if (why === null) continue;
      const holds = readRows('holds', await db.holds.where('personId').equals(row.id).toArray());
      out.push({
        personType,
        id: row.id,
        name: nameOf(row),
        deleteOn: why.deleteOn,
        daysLeft: daysBetween(today, why.deleteOn),
        because: why.because,
        held: isHeld(holds, today),
      });
    }
  }
  return out.sort((a, b) =>
    a.deleteOn !== b.deleteOn ? (a.deleteOn < b.deleteOn ? -1 : 1) : a.name.localeCompare(b.name),
  );
}
