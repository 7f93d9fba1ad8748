import { useState } from 'react';
import { useServiceContext } from './db-context';
import { useFailureText } from './failure-text';
import { SelectField, TextField, useFieldError } from './fields';
import { useI18n } from './i18n-context';
import { pipelineStatuses, type Application, type PipelineStatus } from '../domain/application';
import { toIsoDate, type FieldIssue } from '../domain/common';
import { isManualMove, moveApplication } from '../services/records';

/**
 * Moves an application along the pipeline: a dated event, with an optional note. "Submitted" is
 * not offered: it is recorded by sending the dossier from the candidate's page (the hint says so).
 */
export function MoveApplicationForm({
  application,
  label,
  onMoved,
}: {
  application: Application;
  label: string;
  /** Called once moved (the candidate page closes the form and says so). */
  onMoved?: (status: PipelineStatus) => void;
}) {
  const { t } = useI18n();
  const makeContext = useServiceContext();
  const failureText = useFailureText();
  const [status, setStatus] = useState<PipelineStatus | ''>('');
  const [on, setOn] = useState(toIsoDate(new Date()));
  const [note, setNote] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const errorAt = useFieldError(issues);
  const submit = async () => {
    const out = await moveApplication(
      makeContext(),
      application.id,
      status as PipelineStatus,
      on,
      note,
    );
    if (out.ok) {
      onMoved?.(status as PipelineStatus);
      setStatus('');
      setNote('');
      setIssues([]);
      setMessage(null);
    } else {
      setIssues(out.error.reason === 'invalid' ? out.error.issues : []);
      setMessage(failureText(out.error));
    }
  };
  return (
    <form
      noValidate
      className="inline-form"
      aria-label={t('records.application.move-form', { name: label })}
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
      <SelectField
        label={t('records.application.move')}
        value={status}
        onChange={setStatus}
        placeholder={t('records.form.choose')}
        options={pipelineStatuses
          .filter((s) => s !== application.status && isManualMove(s))
          .map((s) => ({ value: s, label: t(`records.pipeline.${s}`) }))}
        hint={application.status === 'submitted' ? undefined : t('records.application.submit-hint')}
        error={errorAt('status')}
      />
      <TextField
        type="date"
        label={t('records.application.on')}
        value={on}
        onChange={setOn}
        error={errorAt('on')}
      />
      <TextField
        label={t('records.application.note')}
        value={note}
        onChange={setNote}
        error={errorAt('note')}
      />
      <button type="submit">{t('records.application.move-submit')}</button>
    </form>
  );
}
