import { useRegisterSW } from 'virtual:pwa-register/react';
import { useI18n } from '../components/i18n-context';
import { useAnyFormDirty } from '../hooks/use-dirty-form';

const hourly = 60 * 60 * 1000;

/**
 * A new version is offered, never forced: while any form holds unsaved input the update waits,
 * and says why.
 */
export function UpdatePrompt() {
  const { t } = useI18n();
  const dirty = useAnyFormDirty();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (registration)
        setInterval(() => void registration.update().catch(() => undefined), hourly);
    },
  });
  if (!needRefresh) return null;
  return (
    <section role="status" aria-label={t('update.label')} className="update-prompt">
      <p>{t('update.ready')}</p>
      {dirty && <p>{t('update.wait-for-form')}</p>}
      <button type="button" disabled={dirty} onClick={() => void updateServiceWorker(true)}>
        {t('update.apply')}
      </button>
      <button type="button" onClick={() => setNeedRefresh(false)}>
        {t('update.later')}
      </button>
    </section>
  );
}
