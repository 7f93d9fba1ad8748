import { useI18n } from '../../components/i18n-context';
import { hrefOf } from '../../components/navigation';
import { useEmptyDatabase } from './use-empty-database';

/**
 * Browser storage belongs to one origin (scheme, host, port): Vivier opened at a new address
 * starts empty while the records stay at the old one. On an empty first run, says where the data
 * went and how to bring it: a backup there, a restore here.
 */
export function MovedNotice() {
  const { t } = useI18n();
  const empty = useEmptyDatabase();
  if (!empty) return null;
  const address = new URL(hrefOf('/'), location.href).href;
  return (
    <section aria-labelledby="moved-title" className="panel">
      <h2 id="moved-title">{t('move.title')}</h2>
      <p>{t('move.why', { address })}</p>
      <p>{t('move.how')}</p>
      <ol>
        <li>{t('move.step-backup', { backup: t('nav.backup'), start: t('backup.start') })}</li>
        <li>{t('move.step-restore', { restore: t('restore.first-run') })}</li>
      </ol>
    </section>
  );
}
