import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useRef, useState } from 'react';
import { useDb } from '../../components/db-context';
import type { NameCursor } from '../../domain/list-keys';
import type { Mission } from '../../domain/mission';
import { pipelineOfMission } from '../../services/records';
import { getMission, listMissions, type MissionListQuery } from '../../services/records';
import { listOrganisations, type OrganisationKind } from '../../services/records';
import { candidateNames, organisationNames } from '../../services/records';
import { searchCandidates } from '../../services/search';
import { toIsoDate } from '../../domain/common';
import { consentStandings, type ConsentStanding } from '../../domain/consent-state';
import { noticeState, type NoticeState } from '../../domain/notice';
import { getCandidate } from '../../services/records';
import { consentsOfCandidate } from '../../services/disclosure';

const pageSize = 100;

/** Missions by title or newest first: the first page live, the next ones on scroll. */
export function useMissionList(query: MissionListQuery) {
  const db = useDb();
  const key = JSON.stringify(query);
  const first = useLiveQuery(async () => {
    const page = await listMissions(db, JSON.parse(key) as MissionListQuery, null, pageSize);
    return {
      ...page,
      clients: await organisationNames(
        db,
        page.items.map((m) => m.clientId),
      ),
    };
  }, [db, key]);
  const [extra, setExtra] = useState<{
    base: unknown;
    items: Mission[];
    next: NameCursor | null;
    clients: Map<string, string>;
  } | null>(null);
  const loading = useRef(false);
  const more = extra !== null && extra.base === first ? extra : null;
  const next = more ? more.next : (first?.next ?? null);
  const loadMore = useCallback(() => {
    if (!first || next === null || loading.current) return;
    loading.current = true;
    void (async () => {
      const page = await listMissions(db, JSON.parse(key) as MissionListQuery, next, pageSize);
      const clients = await organisationNames(
        db,
        page.items.map((m) => m.clientId),
      );
      setExtra((old) => {
        const kept = old !== null && old.base === first ? old : null;
        return {
          base: first,
          items: [...(kept?.items ?? []), ...page.items],
          next: page.next,
          clients: new Map([...(kept?.clients ?? []), ...clients]),
        };
      });
    })().finally(() => {
      loading.current = false;
    });
  }, [db, key, first, next]);
  const clients = new Map([...(first?.clients ?? []), ...(more?.clients ?? [])]);
  return {
    loaded: first !== undefined,
    items: [...(first?.items ?? []), ...(more?.items ?? [])],
    clients,
    hasMore: next !== null,
    loadMore,
  };
}

export function useMission(id: string) {
  const db = useDb();
  return useLiveQuery(async () => {
    const mission = await getMission(db, id);
    if (mission === undefined) return null;
    const names = await organisationNames(db, [
      mission.clientId,
      ...(mission.partnerId ? [mission.partnerId] : []),
    ]);
    return {
      mission,
      clientName: names.get(mission.clientId) ?? '',
      partnerName: mission.partnerId ? (names.get(mission.partnerId) ?? '') : null,
    };
  }, [db, id]);
}

/**
 * The mission's applications by status, with the candidates' names and, for each card, what
 * decides whether the candidate may be submitted: the consent towards the mission's client and
 * partner firm (P3, P4) and the Art. 14 notice.
 */
export function usePipeline(missionId: string) {
  const db = useDb();
  return useLiveQuery(async () => {
    const today = toIsoDate(new Date());
    const board = await pipelineOfMission(db, missionId);
    const ids = [
      ...new Set(Object.values(board).flatMap((apps) => apps.map((a) => a.candidateId))),
    ];
    const names = await candidateNames(db, ids);
    const mission = await getMission(db, missionId);
    const standing = new Map<string, CardStanding>();
    for (const id of ids) {
      const candidate = await getCandidate(db, id);
      const consents = mission ? await consentsOfCandidate(db, id, today) : [];
      standing.set(id, {
        notice: candidate ? noticeState(candidate, today) : null,
        consents: mission
          ? consentStandings(consents, mission).filter(
              (c) => c.recipientId === mission.clientId || c.recipientId === mission.partnerId,
            )
          : [],
      });
    }
    const recipients = await organisationNames(
      db,
      mission ? [mission.clientId, ...(mission.partnerId ? [mission.partnerId] : [])] : [],
    );
    return { board, names, standing, recipients };
  }, [db, missionId]);
}

export type CardStanding = {
  notice: NoticeState | null;
  consents: { recipientId: string; standing: ConsentStanding }[];
};

/** Organisations of a kind for a picker (the first 1,000 by name). */
export function useOrganisationOptions(kind: OrganisationKind) {
  const db = useDb();
  return (
    useLiveQuery(async () => (await listOrganisations(db, kind, null, 1000)).items, [db, kind]) ??
    []
  );
}

/** Candidates whose name, email or phone starts with the text: for adding one to the pipeline. */
export function useCandidateMatches(text: string) {
  const db = useDb();
  return (
    useLiveQuery(
      async () =>
        text.trim().length < 2
          ? []
          : (await searchCandidates(db, toIsoDate(new Date()), { text }, null, 10)).items,
      [db, text],
    ) ?? []
  );
}
