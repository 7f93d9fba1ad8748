import { useState } from 'react';
import { useServiceContext } from '../../components/db-context';
import { useFailureText } from '../../components/failure-text';
import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import { navigate, useLocation } from '../../components/navigation';
import { toIsoDate, type FieldIssue } from '../../domain/common';
import { useDirtyForm } from '../../hooks/use-dirty-form';
import { createMission } from '../../services/records';
import { MissionFields, missionInputOf, type MissionForm } from './mission-fields';

export function MissionNewScreen() {
  const { t } = useI18n();
  const { search } = useLocation();
  const makeContext = useServiceContext();
  const failureText = useFailureText();
  const [form, setForm] = useState<MissionForm>({
    clientId: search.get('client') ?? '',
    partnerId: '',
    position: '',
    location: '',
    contractRef: '',
    contractSignedOn: '',
    status: 'open',
    openedOn: toIsoDate(new Date()),
    closedOn: '',
  });
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useDirtyForm(!saving && form.position !== '');
  const submit = async () => {
    setSaving(true);
    const out = await createMission(makeContext(), missionInputOf(form));
    if (out.ok) return navigate(`/missions/${encodeURIComponent(out.value.id)}`);
    setSaving(false);
    setIssues(out.error.issues);
    setMessage(failureText(out.error));
  };
  return (
    <>
      <p>
        <Link href="/missions">← {t('records.list.missions')}</Link>
      </p>
      <h1>{t('records.mission.new')}</h1>
      <form
        noValidate
        aria-label={t('records.mission.new')}
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
        <MissionFields value={form} onChange={setForm} issues={issues} />
        <button type="submit" disabled={saving}>
          {t('records.form.create')}
        </button>
      </form>
    </>
  );
}
