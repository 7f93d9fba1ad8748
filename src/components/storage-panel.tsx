import { useStorageStatus } from '../hooks/use-storage-status';
import { useI18n } from './i18n-context';

/** Why persistence matters, whether the browser granted it, and the space used. */
export function StoragePanel() {
  const { t, bytes } = useI18n();
  const { status, request } = useStorageStatus();
  if (!status) return null;
  return (
    <section aria-labelledby="storage-heading" className="panel">
      <h2 id="storage-heading">{t('storage.title')}</h2>
      <p>{t('storage.why')}</p>
      {status.persisted === true && <p className="ok">{t('storage.granted')}</p>}
      {status.persisted === false && (
        <div role="status" className="warning">
          <p>{t('storage.refused')}</p>
          <button type="button" onClick={() => void request()}>
            {t('storage.ask-again')}
          </button>
        </div>
      )}
      {status.persisted === null && <p className="warning">{t('storage.unsupported')}</p>}
      {status.usage !== null && status.quota !== null && (
        <p>
          {t('storage.usage', { used: bytes(status.usage), quota: bytes(status.quota) })}
          <meter min={0} max={status.quota} value={status.usage} aria-label={t('storage.meter')} />
        </p>
      )}
    </section>
  );
}
