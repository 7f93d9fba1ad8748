import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../components/db-context';
import { toIsoDate } from '../../domain/common';
import { consentStandings } from '../../domain/consent-state';
import { applicationsOfCandidate } from '../../services/records';
import { consentsOfCandidate } from '../../services/disclosure';
import { missionLabels, organisationNames } from '../../services/records';
import { personRetention } from '../../services/retention';

/**
 * Where a candidate stands, for the workspace's summary header: each application with its
 * mission and the consent standing towards each recipient, and the retention date with its
 * reasons and holds. Live: a withdrawal or a new application shows at once.
 */
export function useStanding(candidateId: string) {
  const db = useDb();
  return useLiveQuery(async () => {
    const today = toIsoDate(new Date());
    const apps = await applicationsOfCandidate(db, candidateId);
    const missions = await missionLabels(
      db,
      apps.flatMap((a) => (a.missionId === null ? [] : [a.missionId])),
    );
    const consents = await consentsOfCandidate(db, candidateId, today);
    const rows = apps.map((a) => {
      const mission = a.missionId === null ? undefined : missions.get(a.missionId);
      return {
        application: a,
        mission,
        consents: mission ? consentStandings(consents, mission) : [],
      };
    });
    const names = await organisationNames(
      db,
      rows.flatMap((r) => r.consents.map((c) => c.recipientId)),
    );
    const retention = await personRetention(db, 'candidate', candidateId, today);
    return { rows, names, retention };
  }, [db, candidateId]);
}
