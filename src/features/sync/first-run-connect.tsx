import { useState } from 'react';
import { useI18n } from '../../components/i18n-context';
import { ConnectForm } from './connect-form';
import { useSyncActions } from './use-sync';

/** First run: "Connect to the office" beside "Work alone on this laptop" (the default). */
export function FirstRunConnect() {
  const { t } = useI18n();
  const { available } = useSyncActions();
  const [choice, setChoice] = useState<'connect' | 'alone' | null>(null);
  if (!available) return null;
  return (
    <section className="panel" aria-labelledby="first-run-sync">
      <h2 id="first-run-sync">{t('sync.first-run.title')}</h2>
      <p>{t('sync.first-run.intro')}</p>
      <div className="actions">
        <button
          type="button"
          aria-pressed={choice === 'connect'}
          onClick={() => setChoice('connect')}
        >
          {t('sync.first-run.connect')}
        </button>
        <button type="button" aria-pressed={choice === 'alone'} onClick={() => setChoice('alone')}>
          {t('sync.first-run.alone')}
        </button>
      </div>
      {choice === 'connect' && <ConnectForm />}
      {choice === 'alone' && <p role="status">{t('sync.first-run.alone-chosen')}</p>}
    </section>
  );
}
