import { readRows } from '../../db/rows';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../components/db-context';
import { applicationRow, type Application } from '../../domain/application';
import { attachmentRow, type Attachment } from '../../domain/attachment';
import { candidateRow, type Candidate } from '../../domain/candidate';
import { toIsoDate } from '../../domain/common';
import { missionRow, type Mission } from '../../domain/mission';
import { organisationRow, type Organisation } from '../../domain/organisation';
import { parseRow, parseRows } from '../../db/rows';
import type { VivierDb } from '../../db/database';
import { openNotificationTasks } from '../../services/disclosure';
import { consentsOfCandidate } from '../../services/disclosure';
import { disclosureRegister, type RegisterFilter } from '../../services/disclosure';

/** An application with its mission and who may receive the candidate from it. */
export type ApplicationChoice = {
  application: Application;
  mission: Mission | null;
  recipients: Organisation[];
};

const closed: readonly Application['status'][] = ['hired', 'rejected', 'withdrawn'];

async function loadCandidate(db: VivierDb, id: string): Promise<Candidate | null> {
  const row = await db.candidates.get(id);
  return row ? parseRow(candidateRow, 'candidates', row) : null;
}

async function organisationsById(db: VivierDb, ids: string[]) {
  const rows = await db.organisations.bulkGet([...new Set(ids)]);
  return new Map(
    rows.flatMap((r) => (r ? [[r.id, parseRow(organisationRow, 'organisations', r)]] : [])),
  );
}

/**
 * The candidate, their applications (with mission and possible recipients: the mission's client
 * and partner firm, and the firm's recipient register) and their own documents.
 */
export function useCandidateChoices(candidateId: string) {
  const db = useDb();
  return useLiveQuery(async () => {
    const candidate = await loadCandidate(db, candidateId);
    if (!candidate) return { candidate: null, choices: [], attachments: [] };
    const apps = parseRows(
      applicationRow,
      'applications',
      await db.applications.where('candidateId').equals(candidateId).toArray(),
    ).sort((a, b) => b.receivedOn.localeCompare(a.receivedOn));
    const missionRows = await db.missions.bulkGet(
      apps.flatMap((a) => (a.missionId ? [a.missionId] : [])),
    );
    const missions = new Map(
      missionRows.flatMap((m) => (m ? [[m.id, parseRow(missionRow, 'missions', m)]] : [])),
    );
    const orgs = await organisationsById(
      db,
      [...missions.values()].flatMap((m) => [m.clientId, ...(m.partnerId ? [m.partnerId] : [])]),
    );
    const register = parseRows(
      organisationRow,
      'organisations',
      await db.organisations.where('kind').equals('recipient').toArray(),
    ).sort((a, b) => a.sortName.localeCompare(b.sortName));
    const choices: ApplicationChoice[] = apps.map((application) => {
      const mission = application.missionId ? (missions.get(application.missionId) ?? null) : null;
      const onMission = mission
        ? [orgs.get(mission.clientId), mission.partnerId ? orgs.get(mission.partnerId) : undefined]
        : [];
      return {
        application,
        mission,
        recipients: [...onMission.filter((o): o is Organisation => o !== undefined), ...register],
      };
    });
    const attachments: Attachment[] = parseRows(
      attachmentRow,
      'attachments',
      await db.attachments
        .where('[ownerType+ownerId]')
        .equals(['candidate', candidateId])
        .toArray(),
    );
    return { candidate, choices, attachments };
  }, [db, candidateId]);
}

export const isOpen = (a: Application) => !closed.includes(a.status);

/** The candidate's consents with their state today, and the names of missions and recipients. */
export function useCandidateConsents(candidateId: string) {
  const db = useDb();
  return useLiveQuery(async () => {
    const consents = await consentsOfCandidate(db, candidateId, toIsoDate(new Date()));
    const orgs = await organisationsById(
      db,
      consents.map((c) => c.recipientId),
    );
    const missionRows = await db.missions.bulkGet([...new Set(consents.map((c) => c.missionId))]);
    const missions = new Map(
      missionRows.flatMap((m) => (m ? [[m.id, parseRow(missionRow, 'missions', m)]] : [])),
    );
    const users = new Map(readRows('users', await db.users.toArray()).map((u) => [u.id, u.name]));
    return { consents, orgs, missions, users };
  }, [db, candidateId]);
}

export function useRegister(filter: RegisterFilter) {
  const db = useDb();
  const { from, to, recipientId, candidateId } = filter;
  return useLiveQuery(
    () => disclosureRegister(db, { from, to, recipientId, candidateId }),
    [db, from, to, recipientId, candidateId],
  );
}

/** Every organisation that ever received something, for the register's recipient filter. */
export function useRecipients() {
  const db = useDb();
  return useLiveQuery(async () => {
    const ids = (await db.disclosures.orderBy('recipientId').uniqueKeys()) as string[];
    const orgs = await organisationsById(db, ids);
    return [...orgs.values()].sort((a, b) => a.sortName.localeCompare(b.sortName));
  }, [db]);
}

export function useOpenNotificationTasks() {
  const db = useDb();
  return useLiveQuery(() => openNotificationTasks(db), [db]);
}
