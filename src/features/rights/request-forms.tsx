import { useState, type FormEvent } from 'react';
import { useServiceContext } from '../../components/db-context';
import { SelectField, TextField, useFieldError } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import { extensionNoticeBy, latestExtendedDueOn } from '../../domain/rights-deadlines';
import {
  refusalGrounds,
  type RefusalGround,
  type RightsRequest,
} from '../../domain/rights-request';
import { useDirtyForm } from '../../hooks/use-dirty-form';
import {
  extendRequest,
  groundApplies,
  recordIdentityCheck,
  refuseRequest,
} from '../../services/rights';
import { FailureMessage } from './failure-message';
import { today } from './use-rights';
import { useAction } from './use-action';

/** Art. 12(6): how the identity was checked, recorded only when there was a doubt. */
export function IdentityCheckForm({ request }: { request: RightsRequest }) {
  const { t } = useI18n();
  const makeContext = useServiceContext();
  const [method, setMethod] = useState('');
  const [on, setOn] = useState(today());
  const { run, busy, failure, issues } = useAction();
  const errorFor = useFieldError(issues);
  useDirtyForm(method !== '');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await run(() => recordIdentityCheck(makeContext(), request.id, { method, on })))
      setMethod('');
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="identity-title">
      <h3 id="identity-title">{t('rights.ui.identity')}</h3>
      <p className="hint">{t('rights.ui.identity-hint')}</p>
      <TextField
        label={t('rights.ui.identity-method')}
        value={method}
        onChange={setMethod}
        error={errorFor('method')}
        required
      />
      <TextField
        label={t('rights.ui.identity-on')}
        type="date"
        value={on}
        onChange={setOn}
        error={errorFor('on')}
        required
      />
      <FailureMessage failure={failure} />
      <button type="submit" className="secondary" disabled={busy}>
        {t('rights.ui.identity-save')}
      </button>
    </form>
  );
}

/** Art. 12(3): once, up to two more months, with a reason told to the person in the first month. */
export function ExtensionForm({ request }: { request: RightsRequest }) {
  const { t, date } = useI18n();
  const makeContext = useServiceContext();
  const [dueOn, setDueOn] = useState(latestExtendedDueOn(request.receivedOn));
  const [reason, setReason] = useState('');
  const [toldOn, setToldOn] = useState(today());
  const { run, busy, failure, issues } = useAction();
  const errorFor = useFieldError(issues);
  useDirtyForm(reason !== '');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await run(() => extendRequest(makeContext(), request.id, { dueOn, reason, toldOn })))
      setReason('');
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="extension-title">
      <h3 id="extension-title">{t('rights.ui.extend')}</h3>
      <p className="hint">
        {t('rights.ui.extend-hint', {
          latest: date(latestExtendedDueOn(request.receivedOn)),
          tellBy: date(extensionNoticeBy(request.receivedOn)),
        })}
      </p>
      <TextField
        label={t('rights.ui.extend-due')}
        type="date"
        value={dueOn}
        onChange={setDueOn}
        error={errorFor('dueOn')}
        required
      />
      <TextField
        label={t('rights.ui.extend-reason')}
        value={reason}
        onChange={setReason}
        multiline
        error={errorFor('reason')}
        required
      />
      <TextField
        label={t('rights.ui.extend-told')}
        type="date"
        value={toldOn}
        onChange={setToldOn}
        error={errorFor('toldOn')}
        required
      />
      <FailureMessage failure={failure} />
      <button type="submit" className="secondary" disabled={busy}>
        {t('rights.ui.extend-save')}
      </button>
    </form>
  );
}

/** Refuses with a recorded ground; legal claims may keep the person on hold until a date. */
export function RefuseForm({ request }: { request: RightsRequest }) {
  const { t } = useI18n();
  const makeContext = useServiceContext();
  const grounds = refusalGrounds.filter((g) => groundApplies(g, request));
  const [ground, setGround] = useState<RefusalGround | ''>('');
  const [note, setNote] = useState('');
  const [keepUntil, setKeepUntil] = useState('');
  const { run, busy, failure, issues } = useAction();
  const errorFor = useFieldError(issues);
  useDirtyForm(ground !== '' || note !== '');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await run(() =>
      refuseRequest(makeContext(), request.id, {
        ground: ground || undefined,
        note,
        keepUntil: ground === 'legal-claims' && keepUntil ? keepUntil : null,
      }),
    );
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="refuse-title">
      <h3 id="refuse-title">{t('rights.ui.refuse')}</h3>
      <SelectField
        label={t('rights.ui.refuse-ground')}
        value={ground}
        onChange={setGround}
        placeholder={t('rights.ui.choose')}
        options={grounds.map((g) => ({ value: g, label: t(`rights.ground.${g}`) }))}
        error={errorFor('ground')}
        required
      />
      <TextField
        label={t('rights.ui.refuse-note')}
        value={note}
        onChange={setNote}
        multiline
        error={errorFor('note')}
        hint={t('rights.ui.refuse-note-hint')}
      />
      {ground === 'legal-claims' && (
        <TextField
          label={t('rights.ui.keep-until')}
          type="date"
          value={keepUntil}
          onChange={setKeepUntil}
          error={errorFor('keepUntil')}
          hint={t('rights.ui.keep-until-hint')}
        />
      )}
      <FailureMessage failure={failure} />
      <button type="submit" className="danger" disabled={busy}>
        {t('rights.ui.refuse-save')}
      </button>
    </form>
  );
}
