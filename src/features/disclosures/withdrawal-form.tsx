import { useEffect, useRef, useState } from 'react';
import { SelectField, TextField, useFieldError } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import { toIsoDate, type FieldIssue } from '../../domain/common';
import { requestChannels } from '../../domain/rights-request';
import type { Withdrawal } from './use-disclosure-actions';

type Outcome = { ok: true } | { ok: false; issues: readonly FieldIssue[]; message: string };

/**
 * Art. 7(3) stays one step: the form opens with today and "by email" filled in, so one click
 * records it; the date and the channel are there to be corrected, because the withdrawal is
 * evidence too (Art. 7(1)).
 */
export function WithdrawalForm({
  label,
  onSubmit,
  onCancel,
}: {
  label: string;
  onSubmit: (w: Withdrawal) => Promise<Outcome>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [form, setForm] = useState<Withdrawal>({
    on: toIsoDate(new Date()),
    channel: 'email',
    note: '',
  });
  const [failure, setFailure] = useState<Extract<Outcome, { ok: false }> | null>(null);
  const errorOf = useFieldError(failure?.issues);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => ref.current?.querySelector('input')?.focus(), []);
  return (
    <form
      ref={ref}
      noValidate
      aria-label={label}
      className="panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(form).then((out) => setFailure(out.ok ? null : out));
      }}
    >
      <p className="hint">{t('consent.withdraw.confirm')}</p>
      {failure && (
        <p role="alert" className="error">
          {failure.message}
        </p>
      )}
      <TextField
        type="date"
        label={t('consent.withdrawnOn')}
        value={form.on}
        onChange={(on) => setForm({ ...form, on })}
        error={errorOf('on')}
      />
      <SelectField
        label={t('consent.withdrawalNote')}
        value={form.channel as (typeof requestChannels)[number]}
        onChange={(channel) => setForm({ ...form, channel })}
        options={requestChannels.map((c) => ({ value: c, label: t(`rights.channel.${c}`) }))}
        error={errorOf('channel')}
      />
      <TextField
        multiline
        label={t('consent.withdrawalDetail')}
        value={form.note}
        onChange={(note) => setForm({ ...form, note })}
        error={errorOf('note')}
      />
      <p className="actions">
        <button type="submit" className="danger">
          {t('consent.withdraw.save')}
        </button>{' '}
        <button type="button" className="secondary" onClick={onCancel}>
          {t('workspace.cancel')}
        </button>
      </p>
    </form>
  );
}
