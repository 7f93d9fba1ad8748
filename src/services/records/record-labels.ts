import { readMaybe } from '../../db/rows';
import type { VivierDb } from '../../db/database';
import { missionRow, type Mission } from '../../domain/mission';
import { parseRows } from '../../db/rows';

/** Names for screens that show other records by reference (pipeline, applications, missions). */
export async function candidateNames(db: VivierDb, ids: readonly string[]) {
  const rows = (await db.candidates.bulkGet([...new Set(ids)])).map((c) =>
    readMaybe('candidates', c),
  );
  return new Map(
    rows.flatMap((c) =>
      c === undefined ? [] : [[c.id, `${c.identity.firstName} ${c.identity.lastName}`] as const],
    ),
  );
}

export async function organisationNames(db: VivierDb, ids: readonly string[]) {
  const rows = (await db.organisations.bulkGet([...new Set(ids)])).map((o) =>
    readMaybe('organisations', o),
  );
  return new Map(rows.flatMap((o) => (o === undefined ? [] : [[o.id, o.name] as const])));
}

export type MissionLabel = Mission & { clientName: string };

/** Missions with their client's name: for pickers and for the candidate's applications. */
export async function missionLabels(db: VivierDb, ids: readonly string[]) {
  const rows = parseRows(
    missionRow,
    'missions',
    (await db.missions.bulkGet([...new Set(ids)])).filter((m) => m !== undefined),
  );
  const clients = await organisationNames(
    db,
    rows.map((m) => m.clientId),
  );
  return new Map(
    rows.map((m): [string, MissionLabel] => [
      m.id,
      { ...m, clientName: clients.get(m.clientId) ?? '' },
    ]),
  );
}

/** Open missions, by title, for the "apply for a mission" picker. */
export async function openMissions(db: VivierDb): Promise<MissionLabel[]> {
  const ids = await db.missions.where('status').equals('open').primaryKeys();
  const labels = await missionLabels(db, ids);
  return [...labels.values()].sort((a, b) => (a.sortTitle < b.sortTitle ? -1 : 1));
}
