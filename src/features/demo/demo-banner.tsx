import { useState } from 'react';
import { useDb } from '../../components/db-context';
import { useI18n } from '../../components/i18n-context';
import { hrefOf } from '../../components/navigation';
import { leaveDemo } from './demo-mode';

/** Above every screen of the demo firm: says so, and the way out (which deletes it all). */
export function DemoBanner() {
  const { t } = useI18n();
  const db = useDb();
  const [leaving, setLeaving] = useState(false);
  const leave = async () => {
    setLeaving(true);
    await leaveDemo(db);
    location.assign(hrefOf('/'));
  };
  return (
    <section aria-label={t('demo.banner.label')} className="demo-banner">
      <p>
        <strong>{t('demo.banner.text')}</strong>
      </p>
      <button type="button" disabled={leaving} onClick={() => void leave()}>
        {t('demo.leave')}
      </button>
      {leaving && <p role="status">{t('demo.leaving')}</p>}
    </section>
  );
}
