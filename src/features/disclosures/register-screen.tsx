import { useState } from 'react';
import { SelectField, TextField } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import { saveBlob } from '../../components/download';
import type { RegisterFilter } from '../../services/disclosure';
import { RegisterTable } from './register-table';
import { recipientLabel } from './labels';
import { useRecipients, useRegister } from './use-disclosures';
import { useDisclosureActions } from './use-disclosure-actions';

/** The firm's disclosure register, filtered by dates and recipient, exportable as CSV. */
export function RegisterScreen() {
  const { t, plural, lang } = useI18n();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [recipientId, setRecipientId] = useState('');
  const filter: RegisterFilter = {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(recipientId ? { recipientId } : {}),
  };
  const entries = useRegister(filter);
  const recipients = useRecipients();
  const actions = useDisclosureActions();
  const exportCsv = async () => {
    const { blob, fileName } = await actions.exportRegister(filter, lang);
    saveBlob(blob, fileName);
  };
  return (
    <>
      <h1>{t('register.title')}</h1>
      <p>{t('register.intro')}</p>
      <form
        className="filters"
        aria-label={t('register.filter')}
        onSubmit={(e) => e.preventDefault()}
      >
        <TextField label={t('register.from')} type="date" value={from} onChange={setFrom} />
        <TextField label={t('register.to')} type="date" value={to} onChange={setTo} />
        <SelectField
          label={t('register.recipient')}
          value={recipientId}
          onChange={setRecipientId}
          options={[
            { value: '', label: t('register.allRecipients') },
            ...(recipients ?? []).map((o) => ({ value: o.id, label: recipientLabel(t, o) })),
          ]}
        />
      </form>
      {entries && (
        <>
          <p role="status">{plural('register.count', entries.length)}</p>
          <p>
            <button type="button" onClick={() => void exportCsv()}>
              {t('register.export')}
            </button>
          </p>
          <RegisterTable entries={entries} />
        </>
      )}
    </>
  );
}
