import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../components/db-context';

/** True when this address's database holds no record at all; undefined while it is read. */
export function useEmptyDatabase(): boolean | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const counts = await Promise.all(
      [db.candidates, db.organisations, db.missions, db.auditLog].map((table) => table.count()),
    );
    return counts.every((n) => n === 0);
  }, [db]);
}
