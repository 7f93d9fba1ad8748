import { readMaybe } from '../../db/rows';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../components/db-context';
import { art30Register } from '../../domain/art30-register';
import { toIsoDate, type PersonType } from '../../domain/common';
import { organisationRow, type Organisation } from '../../domain/organisation';
import type { RightsRequest } from '../../domain/rights-request';
import { parseRows } from '../../db/rows';
import { readSettings } from '../../db/settings-repo';
import type { VivierDb } from '../../db/database';
import { getRequest, listRequests, requestsOfPerson, rightsDashboard } from '../../services/rights';
import { findPeople, readSubject, subjectName } from '../../services/rights';

/** Today on this laptop's calendar (UTC dates, as the domain counts them). */
export const today = () => toIsoDate(new Date());

/** Display names of the people the requests are about (missing once erased). */
async function namesOf(db: VivierDb, requests: readonly RightsRequest[]) {
  const names = new Map<string, string>();
  for (const r of requests) {
    if (r.subjectType === null || r.subjectId === null || names.has(r.subjectId)) continue;
    const name = await subjectName(db, r.subjectType, r.subjectId);
    if (name !== undefined) names.set(r.subjectId, name);
  }
  return names;
}

export function useRequestRegister() {
  const db = useDb();
  return useLiveQuery(async () => {
    const requests = await listRequests(db);
    return { requests, names: await namesOf(db, requests) };
  }, [db]);
}

async function organisationNames(db: VivierDb, ids: readonly string[]) {
  const rows = (await db.organisations.bulkGet([...ids]))
    .map((o) => readMaybe('organisations', o))
    .filter((o): o is Organisation => o !== undefined);
  return parseRows(organisationRow, 'organisations', rows).map((o) => o.name);
}

export function useRequest(id: string) {
  const db = useDb();
  return useLiveQuery(async () => {
    const request = await getRequest(db, id);
    if (!request) return { request: null };
    const subject =
      request.subjectType && request.subjectId
        ? await readSubject(db, request.subjectType, request.subjectId)
        : undefined;
    return {
      request,
      subject: subject ?? null,
      recipients: await organisationNames(db, request.recipientIds),
      settings: await readSettings(db),
    };
  }, [db, id]);
}

export function useRightsDashboard() {
  const db = useDb();
  const day = today();
  return useLiveQuery(async () => {
    const dashboard = await rightsDashboard(db, day);
    return {
      ...dashboard,
      today: day,
      names: await namesOf(db, [...dashboard.overdue, ...dashboard.dueSoon]),
    };
  }, [db, day]);
}

export function usePeopleSearch(query: string) {
  const db = useDb();
  return useLiveQuery(() => findPeople(db, query), [db, query]);
}

export function usePersonRights(personType: PersonType, personId: string) {
  const db = useDb();
  return useLiveQuery(async () => {
    const subject = await readSubject(db, personType, personId);
    const requests = (await requestsOfPerson(db, personId)).filter(
      (r) => r.subjectType === personType,
    );
    return { subject: subject ?? null, requests };
  }, [db, personType, personId]);
}

export function useArt30Register() {
  const db = useDb();
  return useLiveQuery(async () => {
    const [settings, organisations, candidates, referees, contacts] = await Promise.all([
      readSettings(db),
      db.organisations.where('kind').anyOf('recipient', 'partner').toArray(),
      db.candidates.count(),
      db.referees.count(),
      db.contacts.count(),
    ]);
    return art30Register({
      settings,
      organisations: parseRows(organisationRow, 'organisations', organisations),
      counts: { candidates, referees, contacts },
      today: today(),
    });
  }, [db]);
}
