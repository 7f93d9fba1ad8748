import { useState, type FormEvent } from 'react';
import { SelectField, TextField, useFieldError } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import type { FieldIssue, PersonType } from '../../domain/common';
import { useDirtyForm } from '../../hooks/use-dirty-form';
import { holdErrorText } from './hold-error-text';
import { useRetentionActions } from './use-retention';

type Reason = 'legal-claim' | 'rights-request' | 'other';
const reasons: readonly Reason[] = ['legal-claim', 'rights-request', 'other'];

/** Pauses a person's deletion: a reason, a note, an end date (or until lifted). Audited. */
export function HoldForm({
  personType,
  personId,
  onPlaced,
}: {
  personType: PersonType;
  personId: string;
  /** Called once the hold is placed (the person page closes the form and says so). */
  onPlaced?: () => void;
}) {
  const { t } = useI18n();
  const actions = useRetentionActions();
  const [reason, setReason] = useState<Reason>('legal-claim');
  const [note, setNote] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  useDirtyForm(note !== '' || endsOn !== '');
  const errorOf = useFieldError(issues);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await actions.placeHold({
      personType,
      personId,
      reason,
      note,
      endsOn: endsOn === '' ? null : endsOn,
    });
    if (r.ok) {
      setIssues(undefined);
      setNote('');
      setEndsOn('');
      setMessage({ ok: true, text: t('retention.holds.placed') });
      onPlaced?.();
    } else if (r.error.reason === 'invalid') {
      setIssues(r.error.issues);
      setMessage(undefined);
    } else {
      setMessage({ ok: false, text: holdErrorText(t, r.error) });
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <h3>{t('retention.holds.place')}</h3>
      <SelectField
        label={t('retention.holds.reason')}
        value={reason}
        onChange={setReason}
        options={reasons.map((r) => ({ value: r, label: t(`retention.hold.${r}`) }))}
      />
      <TextField
        label={t('retention.holds.note')}
        value={note}
        onChange={setNote}
        error={errorOf('note')}
      />
      <TextField
        type="date"
        label={t('retention.holds.endsOn')}
        hint={t('retention.holds.endsOn.hint')}
        value={endsOn}
        onChange={setEndsOn}
        error={errorOf('endsOn')}
      />
      <button type="submit">{t('retention.holds.place')}</button>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
