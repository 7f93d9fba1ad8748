import { useState, type FormEvent } from 'react';
import { useI18n } from '../../components/i18n-context';
import { TextField, useFieldError } from '../../components/fields';
import { useFailureText } from '../../components/failure-text';
import { hrefOf } from '../../components/navigation';
import type { FieldIssue } from '../../domain/common';
import { useDirtyForm } from '../../hooks/use-dirty-form';
import { useSyncActions } from './use-sync';

/** The office hub behind this app's own address (the web server's `<base>sync/` proxy rule). */
const defaultAddress = () => new URL(hrefOf('/sync/'), location.origin).href;

/**
 * "Connect to the office": address, the person's hub user name and password. The password is
 * sent once to open the hub's session (a cookie the browser keeps) and is never stored.
 */
export function ConnectForm({ onConnected }: { onConnected?: (name: string) => void }) {
  const { t } = useI18n();
  const { connect } = useSyncActions();
  const failureText = useFailureText();
  const [address, setAddress] = useState(defaultAddress);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorFor = useFieldError(issues);
  useDirtyForm(name !== '' || password !== '');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    const r = await connect({ address, name, password });
    setBusy(false);
    setPassword('');
    if (!r.ok) {
      setIssues(r.error.reason === 'invalid' ? r.error.issues : []);
      setFailure(failureText(r.error));
      return;
    }
    setIssues([]);
    setName('');
    setDone(r.value.name);
    onConnected?.(r.value.name);
  };

  if (done) return <p role="status">{t('sync.connect.done', { name: done })}</p>;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('sync.connect.form')}>
      <TextField
        label={t('sync.connect.address')}
        hint={t('sync.connect.address-hint')}
        type="url"
        value={address}
        onChange={setAddress}
        error={errorFor('address')}
        required
      />
      <TextField
        label={t('sync.connect.name')}
        value={name}
        onChange={setName}
        error={errorFor('name')}
        required
        autoComplete="username"
      />
      <TextField
        label={t('sync.connect.password')}
        hint={t('sync.connect.password-hint')}
        type="password"
        value={password}
        onChange={setPassword}
        error={errorFor('password')}
        required
        autoComplete="current-password"
      />
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t('sync.connect.busy') : t('sync.connect.submit')}
      </button>
    </form>
  );
}
