import { useState } from 'react';
import { useServiceContext, useSession } from '../../components/db-context';
import { useFailureText } from '../../components/failure-text';
import { SelectField, TextField, useFieldError } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import type { Candidate } from '../../domain/candidate';
import { toIsoDate, type FieldIssue } from '../../domain/common';
import { useDirtyForm } from '../../hooks/use-dirty-form';
import { recordPrivacyNotice } from '../../services/records';

const channels = ['email', 'letter', 'phone', 'in-person'] as const;
type Channel = (typeof channels)[number];

/** Records that the Art. 14 notice was given: when, how, by whom. */
export function NoticeForm({ candidate, onDone }: { candidate: Candidate; onDone?: () => void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const makeContext = useServiceContext();
  const failureText = useFailureText();
  const [givenOn, setGivenOn] = useState(toIsoDate(new Date()));
  const [channel, setChannel] = useState<Channel | ''>('');
  const [givenBy, setGivenBy] = useState(user?.name ?? '');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const errorAt = useFieldError(issues);
  useDirtyForm(channel !== '');
  const submit = async () => {
    const out = await recordPrivacyNotice(makeContext(), candidate.id, {
      givenOn,
      channel,
      givenBy,
    });
    if (out.ok) return onDone?.();
    setIssues(out.error.reason === 'invalid' ? out.error.issues : []);
    setMessage(failureText(out.error));
  };
  return (
    <form
      noValidate
      aria-label={t('records.notice.record')}
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
      <TextField
        type="date"
        label={t('records.field.notice.givenOn')}
        value={givenOn}
        onChange={setGivenOn}
        error={errorAt('givenOn')}
      />
      <SelectField
        label={t('records.field.notice.channel')}
        value={channel}
        onChange={setChannel}
        placeholder={t('records.form.choose')}
        options={channels.map((c) => ({ value: c, label: t(`records.noticeChannel.${c}`) }))}
        error={errorAt('channel')}
      />
      <TextField
        label={t('records.field.notice.givenBy')}
        value={givenBy}
        onChange={setGivenBy}
        error={errorAt('givenBy')}
      />
      <button type="submit">{t('records.notice.record')}</button>
    </form>
  );
}
