import { Suspense } from 'react';
import { useSession } from '../components/db-context';
import { useI18n } from '../components/i18n-context';
import { Link } from '../components/link';
import { matchPath, useLocation } from '../components/navigation';
import { routes, SyncStatusBar } from './routes';
import { useRetentionRunner } from './use-retention-runner';
import { useSyncRunner } from './use-sync-runner';

/** Navigation, the current screen, and the update prompt. */
export function Shell() {
  const { t } = useI18n();
  const { path } = useLocation();
  const { db, user } = useSession();
  useRetentionRunner(db, user?.id);
  useSyncRunner(db, user?.id);
  let screen = null;
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params) {
      screen = route.render(params);
      break;
    }
  }
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="app-header">
        <span className="brand">{t('app.name')}</span>
        <nav aria-label={t('nav.label')}>
          <ul>
            {routes
              .filter((r) => r.nav)
              .map((r) => {
                const current = r.path === '/' ? path === '/' : path.startsWith(r.path);
                return (
                  <li key={r.path}>
                    <Link href={r.path} aria-current={current ? 'page' : undefined}>
                      {t(r.nav!)}
                    </Link>
                  </li>
                );
              })}
          </ul>
        </nav>
        <Suspense fallback={null}>
          <SyncStatusBar />
        </Suspense>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          {screen ?? (
            <>
              <h1>{t('app.not-found')}</h1>
              <Link href="/">{t('nav.home')}</Link>
            </>
          )}
        </Suspense>
      </main>
    </>
  );
}
