import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import { backupStatus } from '../../domain/backup-status';
import { useBackupState } from './use-backup-state';

/** Home dashboard: the last verified backup, and a reminder once it is older than the setting. */
export function BackupStatusPanel() {
  const { t, dateTime } = useI18n();
  const state = useBackupState();
  if (!state) return null;
  const status = backupStatus(state.last?.at ?? null, new Date(), state.backup.maxAgeDays);
  return (
    <section aria-labelledby="backup-status-heading" className="panel">
      <h2 id="backup-status-heading">{t('backup.title')}</h2>
      {status.state === 'never' && <p className="warning">{t('backup.never')}</p>}
      {status.state !== 'never' && <p>{t('backup.last', { date: dateTime(status.at) })}</p>}
      {status.state === 'too-old' && (
        <p className="warning">{t('backup.too-old', { days: status.days })}</p>
      )}
      <Link href="/backup">{t('backup.start')}</Link>
    </section>
  );
}
