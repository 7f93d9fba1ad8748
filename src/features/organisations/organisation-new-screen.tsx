import { useState } from 'react';
import { useServiceContext } from '../../components/db-context';
import { useFailureText } from '../../components/failure-text';
import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import { navigate, useLocation } from '../../components/navigation';
import type { FieldIssue } from '../../domain/common';
import { organisationKinds } from '../../domain/organisation';
import { useDirtyForm } from '../../hooks/use-dirty-form';
import { createOrganisation } from '../../services/records';
import {
  OrganisationFields,
  organisationInputOf,
  type OrganisationForm,
} from './organisation-fields';

export function OrganisationNewScreen() {
  const { t } = useI18n();
  const { search } = useLocation();
  const makeContext = useServiceContext();
  const failureText = useFailureText();
  const kind = organisationKinds.find((k) => k === search.get('kind')) ?? 'client';
  const [form, setForm] = useState<OrganisationForm>({
    kind,
    name: '',
    addresses: '',
    notes: '',
    country: 'FR',
    language: 'fr',
    role: '',
    transferSafeguard: '',
  });
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useDirtyForm(!saving && form.name !== '');
  const submit = async () => {
    setSaving(true);
    const out = await createOrganisation(makeContext(), organisationInputOf(form));
    if (out.ok) return navigate(`/organisations/${encodeURIComponent(out.value.id)}`);
    setSaving(false);
    setIssues(out.error.issues);
    setMessage(failureText(out.error));
  };
  return (
    <>
      <p>
        <Link href={`/clients?kind=${form.kind}`}>← {t('records.organisations.title')}</Link>
      </p>
      <h1>{t(`records.organisation.new.${form.kind}`)}</h1>
      <form
        noValidate
        aria-label={t(`records.organisation.new.${form.kind}`)}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {message && (
          <p role="alert" className="error">
            {message}
          </p>
        )}
        <OrganisationFields value={form} onChange={setForm} issues={issues} />
        <button type="submit" disabled={saving}>
          {t('records.form.create')}
        </button>
      </form>
    </>
  );
}
