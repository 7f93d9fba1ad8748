import { archiveRow, type ArchiveEntry } from '../../domain/archive';
import { candidateRow } from '../../domain/candidate';
import type { PersonType } from '../../domain/common';
import { contactRow } from '../../domain/contact';
import type { Hold } from '../../domain/hold';
import { missionRow } from '../../domain/mission';
import { organisationRow } from '../../domain/organisation';
import { refereeRow } from '../../domain/referee';
import type { RetentionDate } from '../../domain/retention';
import { isHeld } from '../../domain/retention-decisions';
import type { VivierDb } from '../../db/database';
import { parseRow, parseRows } from '../../db/rows';
import { activeHoldsOn, holdsOf } from './holds';
import { computeRetention } from './dates';

/** Reads for the retention screens: names to show, the archive, a person's date and holds. */
export type MissionNames = { client: string; position: string };

/** Client and position of each mission, for the explanation lines. */
export async function missionNamesOf(
  db: VivierDb,
  missionIds: Iterable<string>,
): Promise<Map<string, MissionNames>> {
  const out = new Map<string, MissionNames>();
  for (const id of new Set(missionIds)) {
    const m = await db.missions.get(id);
    if (m === undefined) continue;
    const mission = parseRow(missionRow, 'missions', m);
    const o = await db.organisations.get(mission.clientId);
    const client = o === undefined ? '—' : parseRow(organisationRow, 'organisations', o).name;
    out.set(id, { client, position: mission.position });
  }
  return out;
}

/** A person's display name, or null when they are gone. */
export async function personName(
  db: VivierDb,
  personType: PersonType,
  id: string,
): Promise<string | null> {
  if (personType === 'candidate') {
    const row = await db.candidates.get(id);
    if (row === undefined) return null;
    const c = parseRow(candidateRow, 'candidates', row);
    return `${c.identity.firstName} ${c.identity.lastName}`;
  }
  if (personType === 'referee') {
    const row = await db.referees.get(id);
    if (row === undefined) return null;
    const r = parseRow(refereeRow, 'referees', row);
    return `${r.firstName} ${r.lastName}`;
  }
  const row = await db.contacts.get(id);
  if (row === undefined) return null;
  const c = parseRow(contactRow, 'contacts', row);
  return `${c.firstName} ${c.lastName}`;
}

/** The client archive, soonest deletion first (P8: read-only). */
export async function archiveEntries(db: VivierDb): Promise<ArchiveEntry[]> {
  return parseRows(archiveRow, 'archive', await db.archive.orderBy('deleteOn').toArray());
}

export type HeldPerson = { hold: Hold; name: string | null };

/** The holds pausing deletion today, with whom they hold. */
export async function activeHoldsWithNames(db: VivierDb, today: string): Promise<HeldPerson[]> {
  const holds = await activeHoldsOn(db, today);
  const out: HeldPerson[] = [];
  for (const hold of holds)
    out.push({ hold, name: await personName(db, hold.personType, hold.personId) });
  return out.sort((a, b) => (a.hold.startsOn < b.hold.startsOn ? 1 : -1));
}

export type PersonRetention = {
  date: RetentionDate;
  held: boolean;
  holds: Hold[];
  missions: Map<string, MissionNames>;
};

/** What the person page shows: kept until when and why, and the holds. */
export async function personRetention(
  db: VivierDb,
  personType: PersonType,
  id: string,
  today: string,
): Promise<PersonRetention | null> {
  const date = await computeRetention(db, personType, id);
  if (date === null) return null;
  const holds = await holdsOf(db, id);
  const missions = await missionNamesOf(
    db,
    date.because.flatMap((b) => (b.missionId ? [b.missionId] : [])),
  );
  return { date, held: isHeld(holds, today), holds, missions };
}
