import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDb, useServiceContext } from '../../components/db-context';
import { toIsoDate, type PersonType } from '../../domain/common';
import type { RetentionRules } from '../../domain/settings';
import type { SweepRecord } from '../../domain/sweep-record';
import { readSettings } from '../../db/settings-repo';
import { liftHold, placeHold, type HoldInput } from '../../services/retention';
import { expiringSoon, lastSweep, runSweep } from '../../services/retention';
import { previewRules, saveRules } from '../../services/retention';
import {
  activeHoldsWithNames,
  archiveEntries,
  missionNamesOf,
  personRetention,
} from '../../services/retention';
import { sweepOnce } from '../../services/retention';

/** Today on the laptop's clock, read when the screen renders (never inside the rules). */
const today = () => toIsoDate(new Date());

export function useRetentionRules(): RetentionRules | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await readSettings(db)).retention, [db]);
}

export function useLastSweep(): { record: SweepRecord | undefined } | undefined {
  const db = useDb();
  return useLiveQuery(async () => ({ record: await lastSweep(db) }), [db]);
}

/** People due within the warning window, with the reasons and the missions they name. */
export function useExpiringSoon(warnDays: number | undefined) {
  const db = useDb();
  return useLiveQuery(async () => {
    if (warnDays === undefined) return undefined;
    const people = await expiringSoon(db, today(), warnDays);
    const missions = await missionNamesOf(
      db,
      people.flatMap((p) => p.because.flatMap((b) => (b.missionId ? [b.missionId] : []))),
    );
    return { people, missions };
  }, [db, warnDays]);
}

export function useArchive() {
  const db = useDb();
  return useLiveQuery(() => archiveEntries(db), [db]);
}

export function useActiveHolds() {
  const db = useDb();
  return useLiveQuery(() => activeHoldsWithNames(db, today()), [db]);
}

export function usePersonRetention(personType: PersonType, id: string) {
  const db = useDb();
  return useLiveQuery(
    async () => ({ value: await personRetention(db, personType, id, today()) }),
    [db, personType, id],
  );
}

/** The actions of the retention screen, through the services (each audited). */
export function useRetentionActions() {
  const db = useDb();
  const makeContext = useServiceContext();
  const [sweeping, setSweeping] = useState(false);
  return {
    preview: (draft: unknown) => previewRules(db, draft),
    save: (draft: unknown) => saveRules(makeContext(), draft),
    placeHold: (input: HoldInput) => placeHold(makeContext(), input),
    liftHold: (id: string) => liftHold(makeContext(), id),
    sweeping,
    /** Sweeps now unless another tab is (then null). */
    sweepNow: async (): Promise<SweepRecord | null> => {
      setSweeping(true);
      try {
        const sweep = () => runSweep(makeContext());
        return navigator.locks ? await sweepOnce(navigator.locks, sweep) : await sweep();
      } finally {
        setSweeping(false);
      }
    },
  };
}
