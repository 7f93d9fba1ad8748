import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { VivierDb } from '../db/database';
import type { User } from '../domain/user';
import { I18nProvider, useI18n } from '../components/i18n-context';
import { SessionProvider } from '../components/db-context';
import { currentUser } from '../services/records';
import { isDemoDb } from '../db/demo-db';
import { DemoBanner } from '../features/demo/demo-banner';
import { DemoStart } from '../features/demo/demo-start';
import { FirstRunScreen } from '../features/first-run/first-run-screen';
import { ErrorBoundary } from './error-boundary';
import { StartNotice } from './start-notice';
import { FirstRunConnect, FirstRunRestore } from './routes';
import { Shell } from './shell';
import { UpdatePrompt } from './update-prompt';

function Fallback({ error }: { error: Error }) {
  const { t } = useI18n();
  return (
    <main id="main" role="alert">
      <h1>{t('app.error')}</h1>
      <p>{t('app.error-detail')}</p>
      <pre>{error.message}</pre>
      <button type="button" onClick={() => location.reload()}>
        {t('app.reload')}
      </button>
    </main>
  );
}

/** Loads who is using this laptop; before the first run there is nobody, so we ask. */
function Session({ db }: { db: VivierDb }) {
  const { t } = useI18n();
  const [user, setUser] = useState<User | undefined | null>(null);
  const refreshUser = useCallback(() => {
    void currentUser(db).then(setUser);
  }, [db]);
  useEffect(refreshUser, [refreshUser]);
  const session = useMemo(
    () => ({ db, user: user ?? undefined, refreshUser }),
    [db, user, refreshUser],
  );
  if (user === null) return <StartNotice dbName={db.name} />;
  return (
    <SessionProvider value={session}>
      <UpdatePrompt />
      {isDemoDb(db) && <DemoBanner />}
      {user ? (
        <Shell />
      ) : (
        <FirstRunScreen>
          {/* restore pulls in zip and age: loaded only when the first-run screen shows */}
          <Suspense fallback={<p>{t('app.loading')}</p>}>
            <FirstRunConnect />
            <FirstRunRestore />
          </Suspense>
          <DemoStart />
        </FirstRunScreen>
      )}
    </SessionProvider>
  );
}

export function App({ db }: { db: VivierDb }) {
  return (
    <I18nProvider>
      <ErrorBoundary fallback={(error) => <Fallback error={error} />}>
        <Session db={db} />
      </ErrorBoundary>
    </I18nProvider>
  );
}
