import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useRef, useState } from 'react';
import { useDb } from '../../components/db-context';
import type { Candidate } from '../../domain/candidate';
import { toIsoDate } from '../../domain/common';
import type { NameCursor } from '../../domain/list-keys';
import { openMissions } from '../../services/records';
import { searchCandidates, type CandidateList, type CandidateQuery } from '../../services/search';

const pageSize = 100;

type Extra = { base: CandidateList; items: Candidate[]; next: NameCursor | null };

/**
 * The candidate list, one keyset page at a time: the first page is live (it follows every
 * change), later pages are read as the user scrolls, each from where the last one stopped.
 */
export function useCandidateList(query: CandidateQuery) {
  const db = useDb();
  const today = toIsoDate(new Date());
  const key = JSON.stringify(query);
  const first = useLiveQuery(
    () => searchCandidates(db, today, JSON.parse(key) as CandidateQuery, null, pageSize),
    [db, today, key],
  );
  const [extra, setExtra] = useState<Extra | null>(null);
  const loading = useRef(false);
  // pages read after an older first page are dropped when the first page changes
  const more = extra !== null && extra.base === first ? extra : null;
  const items = first ? [...first.items, ...(more?.items ?? [])] : [];
  const next = more ? more.next : (first?.next ?? null);

  const loadMore = useCallback(() => {
    if (!first || next === null || loading.current) return;
    loading.current = true;
    void searchCandidates(db, today, JSON.parse(key) as CandidateQuery, next, pageSize)
      .then((page) =>
        setExtra((old) => {
          const kept = old !== null && old.base === first ? old.items : [];
          return { base: first, items: [...kept, ...page.items], next: page.next };
        }),
      )
      .finally(() => {
        loading.current = false;
      });
  }, [db, today, key, first, next]);

  return {
    loaded: first !== undefined,
    items,
    total: first?.total ?? null,
    hasMore: next !== null,
    loadMore,
  };
}

export function useOpenMissions() {
  const db = useDb();
  return useLiveQuery(() => openMissions(db), [db]) ?? [];
}
