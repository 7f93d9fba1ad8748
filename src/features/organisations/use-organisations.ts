import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useRef, useState } from 'react';
import { useDb } from '../../components/db-context';
import type { NameCursor } from '../../domain/list-keys';
import { contactsOf, getContact } from '../../services/records';
import { historyOf } from '../../services/audit';
import { listMissions } from '../../services/records';
import {
  getOrganisation,
  listOrganisations,
  type OrganisationKind,
  type OrganisationView,
} from '../../services/records';

const pageSize = 100;

/** Organisations of one kind by name: the first page live, the next ones read on scroll. */
export function useOrganisationList(kind: OrganisationKind) {
  const db = useDb();
  const first = useLiveQuery(() => listOrganisations(db, kind, null, pageSize), [db, kind]);
  const [extra, setExtra] = useState<{
    base: unknown;
    items: OrganisationView[];
    next: NameCursor | null;
  } | null>(null);
  const loading = useRef(false);
  const more = extra !== null && extra.base === first ? extra : null;
  const next = more ? more.next : (first?.next ?? null);
  const loadMore = useCallback(() => {
    if (!first || next === null || loading.current) return;
    loading.current = true;
    void listOrganisations(db, kind, next, pageSize)
      .then((page) =>
        setExtra((old) => ({
          base: first,
          items: [...(old !== null && old.base === first ? old.items : []), ...page.items],
          next: page.next,
        })),
      )
      .finally(() => {
        loading.current = false;
      });
  }, [db, kind, first, next]);
  return {
    loaded: first !== undefined,
    items: [...(first?.items ?? []), ...(more?.items ?? [])],
    hasMore: next !== null,
    loadMore,
  };
}

export function useOrganisation(id: string) {
  const db = useDb();
  return useLiveQuery(async () => (await getOrganisation(db, id)) ?? null, [db, id]);
}

export function useContacts(organisationId: string) {
  const db = useDb();
  return useLiveQuery(() => contactsOf(db, organisationId), [db, organisationId]) ?? [];
}

export function useClientMissions(clientId: string) {
  const db = useDb();
  return (
    useLiveQuery(
      async () => (await listMissions(db, { clientId }, null, 500)).items,
      [db, clientId],
    ) ?? []
  );
}

export function useContact(id: string) {
  const db = useDb();
  return useLiveQuery(async () => (await getContact(db, id)) ?? null, [db, id]);
}

export function useContactHistory(id: string) {
  const db = useDb();
  return useLiveQuery(() => historyOf(db, [{ entity: 'contact', id }]), [db, id]) ?? [];
}
