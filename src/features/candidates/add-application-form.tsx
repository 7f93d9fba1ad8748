import { useState } from 'react';
import type { Done } from '../../components/action-bar';
import { useServiceContext } from '../../components/db-context';
import { useFailureText } from '../../components/failure-text';
import { SelectField, TextField, useFieldError } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import { toIsoDate, type FieldIssue } from '../../domain/common';
import { createApplication } from '../../services/records';
import { useOpenMissions } from './use-candidate-list';

const general = 'general';

/** A new application, general or for an open mission, dated when it was received. */
export function AddApplicationForm({ candidateId, done }: { candidateId: string; done: Done }) {
  const { t } = useI18n();
  const makeContext = useServiceContext();
  const failureText = useFailureText();
  const missions = useOpenMissions();
  const [target, setTarget] = useState<string>(general);
  const [receivedOn, setReceivedOn] = useState(toIsoDate(new Date()));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const errorAt = useFieldError(issues);

  const add = async () => {
    const out = await createApplication(makeContext(), {
      candidateId,
      missionId: target === general ? null : target,
      receivedOn,
    });
    if (out.ok) return done(t('workspace.done.application'));
    setIssues(out.error.reason === 'invalid' ? out.error.issues : []);
    setMessage(failureText(out.error));
  };

  return (
    <form
      noValidate
      className="inline-form"
      aria-label={t('records.application.add')}
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      {message && (
        <p role="alert" className="error">
          {message}
        </p>
      )}
      <SelectField
        label={t('records.application.mission')}
        value={target}
        onChange={setTarget}
        options={[
          { value: general, label: t('records.application.general') },
          ...missions.map((m) => ({ value: m.id, label: `${m.position} (${m.clientName})` })),
        ]}
        error={errorAt('missionId')}
      />
      <TextField
        type="date"
        label={t('records.application.receivedOn')}
        value={receivedOn}
        onChange={setReceivedOn}
        error={errorAt('receivedOn')}
      />
      <button type="submit">{t('records.application.add')}</button>
    </form>
  );
}
