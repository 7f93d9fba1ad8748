import { readRows } from '../../db/rows';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../components/db-context';
import { checkAuditLog, recentAudit } from '../../services/audit';

/** The chain's state, re-verified whenever the log changes. */
export function useAuditReport() {
  const db = useDb();
  return useLiveQuery(() => checkAuditLog(db), [db]);
}

export function useRecentAudit(limit: number) {
  const db = useDb();
  return useLiveQuery(async () => {
    const [entries, users] = await Promise.all([recentAudit(db, limit), db.users.toArray()]);
    return { entries, userNames: new Map(readRows('users', users).map((u) => [u.id, u.name])) };
  }, [db, limit]);
}
