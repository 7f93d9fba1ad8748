import { useState } from 'react';
import { useI18n } from '../../components/i18n-context';
import { hrefOf } from '../../components/navigation';
import { enterDemo } from './demo-mode';

/** On the first-run screen: opens the demo firm instead of setting up the real one. */
export function DemoStart() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      await enterDemo(new Date());
      // a fresh start opens the demo database (start.tsx)
      location.assign(hrefOf('/'));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="demo-try" className="panel">
      <h2 id="demo-try">{t('demo.try.title')}</h2>
      <p>{t('demo.try.text')}</p>
      <button type="button" className="secondary" disabled={busy} onClick={() => void start()}>
        {t('demo.try.start')}
      </button>
      {busy && <p role="status">{t('demo.try.busy')}</p>}
      {error !== null && <p role="alert">{t('demo.try.failed', { error })}</p>}
    </section>
  );
}
