import { useState } from 'react';
import { useI18n } from '../../components/i18n-context';
import { useServiceContext } from '../../components/db-context';
import { saveBlob } from '../../components/download';
import { TextField } from '../../components/fields';
import { generateOfficeKey, identityFile, isAgeRecipient } from '../../lib/age';
import { setBackupRecipients } from '../../services/backup';

/**
 * The office key: created once, its secret shown and downloaded once for the office to keep,
 * then forgotten; Vivier keeps only public keys (several: operational and escrow).
 */
export function OfficeKeySection({ recipients }: { recipients: readonly string[] }) {
  const { t } = useI18n();
  const makeContext = useServiceContext();
  const [secret, setSecret] = useState<{ identity: string; recipient: string } | null>(null);
  const [stored, setStored] = useState(false);
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<string | undefined>();

  const save = async (next: readonly string[]) => {
    const result = await setBackupRecipients(makeContext(), next);
    return result.ok;
  };
  const keepPublic = async () => {
    if (!secret) return;
    if (await save([...recipients, secret.recipient])) setSecret(null);
  };
  const add = async () => {
    const key = pasted.trim();
    if (!isAgeRecipient(key)) return setError(t('backup.key.invalid'));
    setError(undefined);
    if (await save([...recipients, key])) setPasted('');
  };

  return (
    <section aria-labelledby="office-key-heading" className="panel">
      <h2 id="office-key-heading">{t('backup.mode.office-key')}</h2>
      <p>{t('backup.mode.office-key.help')}</p>
      {recipients.length === 0 ? (
        <p>{t('backup.key.none')}</p>
      ) : (
        <ul aria-label={t('backup.key.list')}>
          {recipients.map((r) => (
            <li key={r}>
              <code>{r}</code>{' '}
              <button
                type="button"
                aria-label={`${t('backup.key.remove')} ${r.slice(0, 12)}…`}
                onClick={() => void save(recipients.filter((x) => x !== r))}
              >
                {t('backup.key.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}

      {secret ? (
        <div className="warning">
          <p>{t('backup.key.secret-warning')}</p>
          <div className="field">
            <label htmlFor="office-secret-key">{t('backup.key.secret-label')}</label>
            <textarea id="office-secret-key" readOnly rows={2} value={secret.identity} />
          </div>
          <button
            type="button"
            onClick={() =>
              saveBlob(
                new Blob([identityFile(secret.identity, secret.recipient, new Date())], {
                  type: 'text/plain',
                }),
                'vivier-office-key.txt',
              )
            }
          >
            {t('backup.key.download')}
          </button>
          <label>
            <input type="checkbox" checked={stored} onChange={(e) => setStored(e.target.checked)} />{' '}
            {t('backup.key.stored')}
          </label>
          <button type="button" disabled={!stored} onClick={() => void keepPublic()}>
            {t('backup.key.keep-public')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => {
            setStored(false);
            void generateOfficeKey().then(setSecret);
          }}
        >
          {t('backup.key.generate')}
        </button>
      )}

      <TextField
        label={t('backup.key.add')}
        hint={t('backup.key.add.help')}
        value={pasted}
        onChange={setPasted}
        error={error}
      />
      <button type="button" onClick={() => void add()} disabled={pasted.trim() === ''}>
        {t('backup.key.add')}
      </button>
    </section>
  );
}
