import { useState, type FormEvent } from 'react';
import { useI18n } from '../../components/i18n-context';
import { SelectField, TextField } from '../../components/fields';
import { backupTables } from '../../services/backup';
import type { RestorePlan } from '../../services/backup';
import { failureKey } from '../../components/failure-text';
import { useRestore } from './use-restore';

function FileField({
  label,
  onChange,
  accept,
}: {
  label: string;
  onChange: (f: File | null) => void;
  accept?: string;
}) {
  const id = `file-${label.replace(/\W+/g, '-')}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept={accept}
        onChange={(e) => onChange(e.target.files?.[0] ?? null)}
      />
    </div>
  );
}

/** What the restore will do, before anything is written. */
function Summary({ plan }: { plan: RestorePlan }) {
  const { t, date, dateTime, number, bytes } = useI18n();
  const s = plan.summary;
  return (
    <>
      <h2>{t('restore.summary.title')}</h2>
      <p>
        {t('restore.summary.made', {
          date: dateTime(s.backup.createdAt),
          version: s.backup.appVersion,
        })}{' '}
        {bytes(s.backup.bytes)}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('restore.summary.what')}</th>
            <th scope="col">{t('restore.summary.in-backup')}</th>
            <th scope="col">{t('restore.summary.kept')}</th>
          </tr>
        </thead>
        <tbody>
          {backupTables
            .filter((table) => table !== 'meta' && s.tables[table].inBackup > 0)
            .map((table) => (
              <tr key={table}>
                <th scope="row">{t(`backup.table.${table}`)}</th>
                <td>{number(s.tables[table].inBackup)}</td>
                <td>{number(s.tables[table].inBackup - s.tables[table].dropped)}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <h3>{t('restore.summary.dropped', { count: s.dropped.length })}</h3>
      {s.dropped.length > 0 && (
        <ul>
          {s.dropped.map((d) => (
            <li key={`${d.personType}:${d.id}`}>
              {t(`backup.person.${d.personType}`)}: {d.label ?? t('restore.drop.unnamed')} —{' '}
              {t(`restore.drop.${d.reason}`, {
                date: d.since.length > 10 ? dateTime(d.since) : date(d.since),
              })}
            </li>
          ))}
        </ul>
      )}
      {s.unlinked > 0 && <p>{t('restore.summary.unlinked', { count: s.unlinked })}</p>}
      {s.laptopTombstones > 0 && (
        <p>{t('restore.summary.laptop-tombstones', { count: s.laptopTombstones })}</p>
      )}
      {!s.auditChain.intact && (
        <p className="warning">
          {t('restore.summary.audit-broken', { seq: s.auditChain.firstBreak.seq })}
        </p>
      )}
    </>
  );
}

/**
 * Choose a backup and its key, check it (nothing is written), review, confirm. On a new laptop
 * (`firstRun`) the person also says which of the backup's users they are.
 */
export function RestoreFlow({ firstRun = false }: { firstRun?: boolean }) {
  const { t } = useI18n();
  const { state, check, apply, restart } = useRestore();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'key' | 'passphrase'>('key');
  const [keyFile, setKeyFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [who, setWho] = useState('');
  const ready = file !== null && (mode === 'key' ? keyFile !== null : passphrase !== '');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file || !ready) return;
    void check(file, mode === 'key' ? { keyFile: keyFile! } : { passphrase });
  };

  switch (state.step) {
    case 'choose':
      return (
        <form onSubmit={submit} noValidate aria-label={t('restore.title')}>
          <FileField label={t('restore.file')} onChange={setFile} />
          <fieldset>
            <legend>{t('restore.key-kind')}</legend>
            <label>
              <input
                type="radio"
                name="restore-key"
                checked={mode === 'key'}
                onChange={() => setMode('key')}
              />{' '}
              {t('restore.kind.key')}
            </label>
            <label>
              <input
                type="radio"
                name="restore-key"
                checked={mode === 'passphrase'}
                onChange={() => setMode('passphrase')}
              />{' '}
              {t('restore.kind.passphrase')}
            </label>
          </fieldset>
          {mode === 'key' ? (
            <FileField label={t('restore.key-file')} onChange={setKeyFile} />
          ) : (
            <TextField
              label={t('restore.passphrase')}
              type="password"
              value={passphrase}
              onChange={setPassphrase}
            />
          )}
          <button type="submit" disabled={!ready}>
            {t('restore.check')}
          </button>
        </form>
      );
    case 'checking':
      return <p role="status">{t('restore.checking')}</p>;
    case 'review':
      return (
        <section aria-labelledby="restore-summary">
          <div id="restore-summary">
            <Summary plan={state.plan} />
          </div>
          {firstRun && state.plan.summary.users.length > 0 && (
            <SelectField
              label={t('restore.who')}
              value={who}
              onChange={setWho}
              placeholder={t('restore.who.none')}
              options={state.plan.summary.users.map((u) => ({ value: u.id, label: u.name }))}
            />
          )}
          <p className="warning">{t('restore.intro')}</p>
          <button type="button" onClick={() => void apply(state.plan, who === '' ? null : who)}>
            {t('restore.confirm')}
          </button>{' '}
          <button type="button" onClick={restart}>
            {t('backup.cancel')}
          </button>
        </section>
      );
    case 'applying':
      return (
        <p role="status">
          {t('restore.applying')}{' '}
          {state.total > 0 && (
            <progress max={state.total} value={state.done} aria-label={t('restore.applying')} />
          )}
        </p>
      );
    case 'done':
      return <p role="status">{t('restore.done')}</p>;
    case 'failed':
      return (
        <div role="alert">
          <p>
            {t(failureKey(state), {
              table: 'table' in state ? (state.table ?? '') : '',
              row: 'row' in state ? (state.row ?? '') : '',
              key: '',
            })}
          </p>
          <button type="button" onClick={restart}>
            {t('restore.try-again')}
          </button>
        </div>
      );
  }
}
