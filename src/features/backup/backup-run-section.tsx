import { useEffect, useState } from 'react';
import { useI18n } from '../../components/i18n-context';
import { useDb } from '../../components/db-context';
import { TextField } from '../../components/fields';
import { localeOf } from '../../i18n/translate';
import { passphraseStrength } from '../../lib/passphrase-strength';
import { setBackupFolder } from '../../services/backup';
import { canPickFolder, folderPermission, pickFolder } from './fs-access';
import { useBackupRun, type RunState } from './use-backup-run';

function Eta({ state }: { state: Extract<RunState, { step: 'writing' }> }) {
  const { t, lang } = useI18n();
  const elapsed = (performance.now() - state.startedAt) / 1000;
  if (state.bytes === 0 || elapsed < 1) return null;
  const seconds = Math.max(1, Math.round(((state.total - state.bytes) / state.bytes) * elapsed));
  const [value, unit] = seconds >= 90 ? [Math.ceil(seconds / 60), 'minute'] : [seconds, 'second'];
  const time = new Intl.NumberFormat(localeOf(lang), {
    style: 'unit',
    unit,
    unitDisplay: 'long',
  }).format(value);
  return <span>{t('backup.eta', { time })}</span>;
}

/** Choose how and where, back up with progress and cancel, then the verified result. */
export function BackupRunSection({
  recipients,
  folder,
  keep,
}: {
  recipients: readonly string[];
  folder: FileSystemDirectoryHandle | null;
  keep: number;
}) {
  const { t, plural, bytes } = useI18n();
  const db = useDb();
  const { state, run, cancel, checkDownloaded } = useBackupRun();
  const [mode, setMode] = useState<'key' | 'passphrase'>(
    recipients.length > 0 ? 'key' : 'passphrase',
  );
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [permission, setPermission] = useState<'granted' | 'denied' | 'prompt' | null>(null);

  useEffect(() => {
    if (recipients.length > 0) setMode('key');
  }, [recipients.length]);
  useEffect(() => {
    let live = true;
    if (folder) void folderPermission(folder, false).then((p) => live && setPermission(p));
    return () => {
      live = false;
    };
  }, [folder]);

  const strength = passphraseStrength(passphrase);
  const mismatch = again !== '' && again !== passphrase;
  const keyReady =
    mode === 'key'
      ? recipients.length > 0
      : passphrase !== '' && passphrase === again && strength !== 'weak';
  const busy = state.step === 'writing' || state.step === 'verifying';
  const useFolder = folder !== null && permission === 'granted';

  const choose = async () => {
    const picked = await pickFolder();
    if (!picked) return;
    await setBackupFolder(db, picked);
    setPermission(await folderPermission(picked, false));
  };

  return (
    <section aria-labelledby="backup-run-heading" className="panel">
      <h2 id="backup-run-heading">{t('backup.run.title')}</h2>
      <fieldset>
        <legend>{t('backup.mode.label')}</legend>
        <label>
          <input
            type="radio"
            name="backup-mode"
            checked={mode === 'key'}
            disabled={recipients.length === 0}
            onChange={() => setMode('key')}
          />{' '}
          {t('backup.mode.office-key')}
        </label>
        <label>
          <input
            type="radio"
            name="backup-mode"
            checked={mode === 'passphrase'}
            onChange={() => setMode('passphrase')}
          />{' '}
          {t('backup.mode.passphrase')}
        </label>
      </fieldset>
      {mode === 'passphrase' && (
        <>
          <p className="hint">{t('backup.mode.passphrase.help')}</p>
          <TextField
            label={t('backup.passphrase.label')}
            type="password"
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="new-password"
            hint={
              passphrase === '' ? undefined : (
                <span aria-live="polite">{t(`backup.passphrase.${strength}`)}</span>
              )
            }
          />
          <TextField
            label={t('backup.passphrase.again')}
            type="password"
            value={again}
            onChange={setAgain}
            autoComplete="new-password"
            error={mismatch ? t('backup.passphrase.mismatch') : undefined}
          />
        </>
      )}

      <h3>{t('backup.folder.title')}</h3>
      {!canPickFolder() ? (
        <p>{t('backup.folder.unsupported')}</p>
      ) : (
        <>
          <p>
            {folder ? t('backup.folder.current', { folder: folder.name }) : t('backup.folder.none')}
          </p>
          {folder && permission !== null && permission !== 'granted' && (
            <p className="warning">
              {t('backup.folder.permission', { folder: folder.name })}{' '}
              <button
                type="button"
                onClick={() => void folderPermission(folder, true).then(setPermission)}
              >
                {t('backup.folder.grant')}
              </button>
            </p>
          )}
          <button type="button" onClick={() => void choose()} disabled={busy}>
            {t('backup.folder.choose')}
          </button>
        </>
      )}

      <p>
        <button
          type="button"
          disabled={!keyReady || busy}
          onClick={() =>
            void run(
              mode === 'key' ? { recipients } : { passphrase },
              useFolder ? folder : null,
              keep,
            )
          }
        >
          {t('backup.start')}
        </button>
      </p>

      {state.step === 'writing' && (
        <div role="status">
          <progress
            max={Math.max(state.total, 1)}
            value={state.bytes}
            aria-label={t('backup.progress.label')}
          />
          <p>
            {t('backup.progress', { done: bytes(state.bytes), total: bytes(state.total) })}{' '}
            <Eta state={state} />
          </p>
          <button type="button" onClick={cancel}>
            {t('backup.cancel')}
          </button>
        </div>
      )}
      {state.step === 'verifying' && <p role="status">{t('backup.verifying')}</p>}
      {state.step === 'done' && (
        <div role="status">
          <p className="ok">
            {t('backup.done', { file: state.fileName, size: bytes(state.bytes) })}
          </p>
          {state.rotated > 0 && (
            <p>{plural('backup.rotated', state.rotated, { keep: state.keep })}</p>
          )}
        </div>
      )}
      {state.step === 'downloaded' && (
        <div role="status">
          <p>{t('backup.downloaded', { file: state.fileName })}</p>
          <label htmlFor="check-downloaded">{t('backup.check-download')}</label>
          <input
            id="check-downloaded"
            type="file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void checkDownloaded(file);
            }}
          />
        </div>
      )}
      {state.step === 'failed' && (
        <p role="alert" className="warning">
          {t(`reason.${state.reason}`, { table: '', row: '', key: '' })}
        </p>
      )}
    </section>
  );
}
