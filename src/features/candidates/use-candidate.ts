import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../components/db-context';
import { applicationsOfCandidate } from '../../services/records';
import { listAttachments } from '../../services/records';
import { candidateHistory, getCandidate, noticesDue } from '../../services/records';
import { missionLabels } from '../../services/records';
import { refereesOf } from '../../services/records';
import { toIsoDate } from '../../domain/common';

/** The candidate, or null once known not to exist (undefined while loading). */
export function useCandidate(id: string) {
  const db = useDb();
  return useLiveQuery(async () => (await getCandidate(db, id)) ?? null, [db, id]);
}

export function useCandidateHistory(id: string) {
  const db = useDb();
  return useLiveQuery(() => candidateHistory(db, id), [db, id]) ?? [];
}

export function useAttachments(ownerType: 'candidate' | 'referee', ownerId: string) {
  const db = useDb();
  return (
    useLiveQuery(() => listAttachments(db, ownerType, ownerId), [db, ownerType, ownerId]) ?? []
  );
}

export function useReferees(candidateId: string) {
  const db = useDb();
  return useLiveQuery(() => refereesOf(db, candidateId), [db, candidateId]) ?? [];
}

/** The candidate's applications with the missions they are for. */
export function useApplications(candidateId: string) {
  const db = useDb();
  return useLiveQuery(async () => {
    const apps = await applicationsOfCandidate(db, candidateId);
    const missions = await missionLabels(
      db,
      apps.flatMap((a) => (a.missionId === null ? [] : [a.missionId])),
    );
    return { apps, missions };
  }, [db, candidateId]);
}

export function useNoticesDue() {
  const db = useDb();
  return useLiveQuery(() => noticesDue(db, toIsoDate(new Date())), [db]) ?? [];
}
