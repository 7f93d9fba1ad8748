import { useDb } from '../../components/db-context';
import { useI18n } from '../../components/i18n-context';
import { isDemoDb } from '../../db/demo-db';
import { DemoRefusal } from './demo-refusal';
import { RestoreFlow } from './restore-flow';

export function RestoreScreen() {
  const { t } = useI18n();
  const db = useDb();
  if (isDemoDb(db)) return <DemoRefusal title={t('restore.title')} />;
  return (
    <>
      <h1>{t('restore.title')}</h1>
      <p>{t('restore.intro')}</p>
      <RestoreFlow />
    </>
  );
}

/** The first-run screen's way back for a new or wiped laptop (app.tsx passes it in). */
export function FirstRunRestore() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="first-run-restore" className="panel">
      <h2 id="first-run-restore">{t('restore.first-run')}</h2>
      <p>{t('restore.first-run.help')}</p>
      <RestoreFlow firstRun />
    </section>
  );
}
