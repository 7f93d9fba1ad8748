import { useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../components/i18n-context';
import { useSession } from '../../components/db-context';
import { SelectField, TextField, useFieldError } from '../../components/fields';
import { LanguagePicker } from '../../components/language-picker';
import type { FieldIssue } from '../../domain/common';
import { userRoles, type UserRole } from '../../domain/user';
import { useDirtyForm } from '../../hooks/use-dirty-form';
import { registerUser } from '../../services/records';
import { MovedNotice } from './moved-notice';

/**
 * First run on a laptop: who is using Vivier (the actor of every audit entry), and a request
 * that the browser keep the data; on an empty database, where records entered at another address
 * are. `children`: what the app offers instead (restore a backup, the demo firm).
 */
export function FirstRunScreen({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  const { db, refreshUser } = useSession();
  const [name, setName] = useState('');
  const [role, setRole] = useState<UserRole | ''>('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const errorFor = useFieldError(issues);
  useDirtyForm(name !== '' || role !== '');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const result = await registerUser(db, new Date(), { name, role });
    setBusy(false);
    if (!result.ok) {
      setIssues(result.error.issues);
      return;
    }
    // Ask the browser to keep our data; the answer is shown on the home and settings screens.
    if (navigator.storage?.persist) await navigator.storage.persist().catch(() => false);
    refreshUser();
  };

  return (
    <main className="first-run" id="main">
      <LanguagePicker />
      <h1>{t('first-run.title')}</h1>
      <p>{t('first-run.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('first-run.form')}>
        <TextField
          label={t('first-run.name')}
          value={name}
          onChange={setName}
          error={errorFor('name')}
          required
          autoComplete="name"
        />
        <SelectField
          label={t('first-run.role')}
          value={role}
          onChange={setRole}
          placeholder={t('first-run.role-placeholder')}
          options={userRoles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          error={errorFor('role')}
          required
        />
        <p className="hint">{t('first-run.persist-why')}</p>
        <button type="submit" disabled={busy}>
          {t('first-run.start')}
        </button>
      </form>
      <MovedNotice />
      {children}
    </main>
  );
}
