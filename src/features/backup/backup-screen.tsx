import { useState, type FormEvent } from 'react';
import { useI18n } from '../../components/i18n-context';
import { useDb, useServiceContext } from '../../components/db-context';
import { isDemoDb } from '../../db/demo-db';
import { TextField } from '../../components/fields';
import { Link } from '../../components/link';
import { setBackupPolicy } from '../../services/backup';
import { BackupRunSection } from './backup-run-section';
import { BackupStatusPanel } from './backup-status-panel';
import { DemoRefusal } from './demo-refusal';
import { OfficeKeySection } from './office-key-section';
import { useBackupState } from './use-backup-state';

function PolicySection({ keep, maxAgeDays }: { keep: number; maxAgeDays: number }) {
  const { t } = useI18n();
  const makeContext = useServiceContext();
  const [keepText, setKeep] = useState(String(keep));
  const [ageText, setAge] = useState(String(maxAgeDays));
  const [saved, setSaved] = useState<boolean | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await setBackupPolicy(makeContext(), {
      keep: Number(keepText),
      maxAgeDays: Number(ageText),
    });
    setSaved(r.ok);
  };
  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="policy-heading"
      className="panel"
    >
      <h2 id="policy-heading">{t('backup.policy.title')}</h2>
      <TextField label={t('backup.keep')} type="number" value={keepText} onChange={setKeep} />
      <TextField label={t('backup.max-age')} type="number" value={ageText} onChange={setAge} />
      <button type="submit">{t('backup.policy.save')}</button>
      {saved === true && <p role="status">{t('backup.policy.saved')}</p>}
      {saved === false && <p role="alert">{t('validation.invalid')}</p>}
    </form>
  );
}

/** Backups: the office key, where and how to back up, rotation, and the way to restore. */
export function BackupScreen() {
  const { t } = useI18n();
  const state = useBackupState();
  const db = useDb();
  if (isDemoDb(db)) return <DemoRefusal title={t('backup.title')} />;
  if (!state) return <p>{t('app.loading')}</p>;
  const { backup, folder } = state;
  return (
    <>
      <h1>{t('backup.title')}</h1>
      <p>{t('backup.intro')}</p>
      <BackupStatusPanel />
      <OfficeKeySection recipients={backup.recipients} />
      <BackupRunSection recipients={backup.recipients} folder={folder} keep={backup.keep} />
      <PolicySection keep={backup.keep} maxAgeDays={backup.maxAgeDays} />
      <section aria-labelledby="restore-heading" className="panel">
        <h2 id="restore-heading">{t('restore.title')}</h2>
        <p>{t('restore.intro')}</p>
        <Link href="/backup/restore">{t('restore.open')}</Link>
      </section>
    </>
  );
}
