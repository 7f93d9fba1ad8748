import type { ComponentType } from 'react';
import { useI18n } from '../../components/i18n-context';
import { useSession } from '../../components/db-context';
import { StoragePanel } from '../../components/storage-panel';

/**
 * The home dashboard. Each feature contributes its own panel (overdue requests, expiring
 * people, Art. 19 to-dos…); the app shell passes them in, so features stay independent.
 */
export function HomeScreen({ panels }: { panels: readonly ComponentType[] }) {
  const { t } = useI18n();
  const { user } = useSession();
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.welcome', { name: user?.name ?? '' })}</p>
      {panels.map((Panel, i) => (
        <Panel key={i} />
      ))}
      <StoragePanel />
    </>
  );
}
