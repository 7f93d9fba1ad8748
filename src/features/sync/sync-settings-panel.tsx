import { useState } from 'react';
import { useI18n } from '../../components/i18n-context';
import { ConnectForm } from './connect-form';
import { useSyncActions, useSyncStatus } from './use-sync';

/** Settings: connect this laptop to the office later, sign in again, or disconnect. */
export function SyncSettingsPanel() {
  const { t } = useI18n();
  const status = useSyncStatus();
  const { disconnect } = useSyncActions();
  const [left, setLeft] = useState(false);
  if (!status) return null;
  const c = status.connection;
  return (
    <section className="panel" aria-labelledby="settings-sync">
      <h2 id="settings-sync">{t('sync.settings.title')}</h2>
      {c ? (
        <>
          <p>{t('sync.settings.connected', { address: c.address, name: c.name })}</p>
          {status.error?.reason === 'unauthorized' && (
            <>
              <h3>{t('sync.settings.sign-in-again')}</h3>
              <ConnectForm />
            </>
          )}
          <button
            type="button"
            onClick={() => {
              void disconnect().then(() => setLeft(true));
            }}
          >
            {t('sync.settings.disconnect')}
          </button>
        </>
      ) : (
        <>
          {left && <p role="status">{t('sync.settings.disconnected')}</p>}
          <p>{t('sync.settings.alone')}</p>
          <ConnectForm />
        </>
      )}
    </section>
  );
}
