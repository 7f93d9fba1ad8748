import { useId, useState, type FormEvent } from 'react';
import { TextField, useFieldError } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import { toIsoDate, type DataCategory, type FieldIssue } from '../../domain/common';
import { categoryOfField } from '../../domain/disclosure-scope';
import type { NotificationTodo } from '../../services/disclosure';
import { categoryNames } from './labels';
import { useDisclosureActions } from './use-disclosure-actions';

/** One recipient to notify, what changed, and the "notified on … by …" form. */
export function Art19Task({ task }: { task: NotificationTodo }) {
  const { t, date } = useI18n();
  const actions = useDisclosureActions();
  const headingId = useId();
  const [on, setOn] = useState(() => toIsoDate(new Date()));
  const [how, setHow] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const errorOf = useFieldError(issues);
  const categories = [
    ...new Set(task.fields.map(categoryOfField).filter((c): c is DataCategory => c !== null)),
  ];
  const candidate =
    task.candidateName ??
    t('art19.erasedCandidate', { position: task.missionPosition ?? t('register.internal') });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await actions.markNotified(task.id, { on, how });
    if (!result.ok && result.error.reason === 'invalid') setIssues(result.error.issues);
  };

  return (
    <li className="task">
      <p id={headingId}>
        {t('art19.task', {
          recipient: task.recipientName ?? task.recipientId,
          change: t(`art19.change.${task.change}`),
          candidate,
          date: task.disclosedAt ? date(task.disclosedAt.slice(0, 10)) : '',
        })}
      </p>
      {categories.length > 0 && (
        <p className="hint">{t('art19.fields', { fields: categoryNames(t, categories) })}</p>
      )}
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby={headingId}>
        <TextField
          label={t('art19.notifiedOn')}
          type="date"
          value={on}
          onChange={setOn}
          error={errorOf('on')}
        />
        <TextField
          label={t('art19.notifiedHow')}
          value={how}
          onChange={setHow}
          error={errorOf('how')}
        />
        <button type="submit">{t('art19.markNotified')}</button>
      </form>
    </li>
  );
}
