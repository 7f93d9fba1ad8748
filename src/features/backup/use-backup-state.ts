import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../components/db-context';
import { getMeta } from '../../db/meta';
import { readSettings } from '../../db/settings-repo';

/** The backup settings (office public keys, rotation, reminder) and this laptop's backup facts. */
export function useBackupState() {
  const db = useDb();
  return useLiveQuery(async () => {
    const [settings, last, folder] = await Promise.all([
      readSettings(db),
      getMeta(db, 'lastVerifiedBackup'),
      getMeta(db, 'backupFolder'),
    ]);
    return { backup: settings.backup, last: last ?? null, folder: folder ?? null };
  }, [db]);
}
