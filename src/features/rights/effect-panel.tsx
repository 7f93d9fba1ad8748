import { useState, type FormEvent, type ReactNode } from 'react';
import { useServiceContext } from '../../components/db-context';
import { saveBlob } from '../../components/download';
import { TextField, useFieldError } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import { assertNever } from '../../domain/assert-never';
import type { RightsRequest } from '../../domain/rights-request';
import { ok } from '../../domain/result';
import type { MessageKey } from '../../i18n/messages';
import { translateCode } from '../../i18n/translate';
import { useDirtyForm } from '../../hooks/use-dirty-form';
import { buildAccessExport } from '../../services/access-export';
import {
  applyObjection,
  applyRestriction,
  completeErasure,
  completeRectification,
} from '../../services/rights';
import { completeRequest } from '../../services/rights';
import { rectifiableFields, type Subject } from '../../services/rights';
import { FailureMessage } from './failure-message';
import { useAction } from './use-action';

type Props = { request: RightsRequest; subject: Subject | null };

/** The one action that answers this type of request, closing it with its outcome. */
export function EffectPanel({ request, subject }: Props) {
  const { t, lang } = useI18n();
  const makeContext = useServiceContext();
  const [outcome, setOutcome] = useState('');
  const [fields, setFields] = useState<string[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  const [exported, setExported] = useState<string | null>(null);
  const { run, busy, failure, issues } = useAction();
  const errorFor = useFieldError(issues);
  useDirtyForm(outcome !== '' || fields.length > 0);

  const outcomeField = (
    <TextField
      label={t('rights.ui.outcome')}
      value={outcome}
      onChange={setOutcome}
      multiline
      hint={t('rights.ui.outcome-hint')}
      error={errorFor('outcome')}
    />
  );
  const act = (action: () => ReturnType<typeof completeRequest>) => (e: FormEvent) => {
    e.preventDefault();
    void run(action);
  };
  const form = (
    label: MessageKey,
    onSubmit: (e: FormEvent) => void,
    body: ReactNode,
    danger = false,
  ) => (
    <form onSubmit={onSubmit} noValidate aria-labelledby="effect-title">
      <h3 id="effect-title">{t('rights.ui.answer')}</h3>
      {body}
      <FailureMessage failure={failure} />
      <button
        type="submit"
        className={danger ? 'danger' : undefined}
        disabled={busy || (danger && !confirmed)}
      >
        {t(label)}
      </button>
    </form>
  );

  if (request.subjectId === null)
    return form(
      'rights.ui.answer-no-data',
      act(() => completeRequest(makeContext(), request.id, { outcome })),
      <>
        <p>{t('rights.ui.no-person-hint')}</p>
        {outcomeField}
      </>,
    );

  if (!subject)
    return request.type === 'erasure' ? (
      form(
        'rights.ui.close-erased',
        act(() => completeErasure(makeContext(), request.id, outcome)),
        <p>{t('rights.ui.person-gone-erasure')}</p>,
      )
    ) : (
      <p role="alert" className="error">
        {t('rights.ui.person-gone-hint')}
      </p>
    );

  const confirm = (
    <label>
      <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />{' '}
      {t('rights.ui.confirm-erase')}
    </label>
  );

  switch (request.type) {
    case 'access':
    case 'portability': {
      const produce = async () => {
        const built = await buildAccessExport(makeContext(), {
          personType: subject.type,
          personId: subject.row.id,
          language: request.language,
          requestId: request.id,
        });
        if (built.ok) {
          saveBlob(
            new Blob([built.value.bytes as BlobPart], { type: 'application/zip' }),
            built.value.fileName,
          );
          setExported(built.value.fileName);
        }
        return built.ok ? ok(built.value) : built;
      };
      return (
        <>
          <section aria-labelledby="export-title">
            <h3 id="export-title">{t('rights.ui.export')}</h3>
            <p className="hint">{t('rights.ui.export-hint')}</p>
            <button type="button" disabled={busy} onClick={() => void run(produce)}>
              {t('rights.ui.export-button')}
            </button>
            {exported && <p role="status">{t('rights.ui.exported', { file: exported })}</p>}
          </section>
          {form(
            'rights.ui.answer-done',
            act(() => completeRequest(makeContext(), request.id, { outcome })),
            outcomeField,
          )}
        </>
      );
    }
    case 'erasure':
      return form(
        'rights.ui.erase',
        act(() => completeErasure(makeContext(), request.id, outcome)),
        <>
          <p>{t('rights.ui.erase-hint')}</p>
          {outcomeField}
          {confirm}
        </>,
        true,
      );
    case 'restriction':
      return form(
        'rights.ui.restrict',
        act(() => applyRestriction(makeContext(), request.id, outcome)),
        <>
          <p>{t('rights.ui.restrict-hint')}</p>
          {outcomeField}
        </>,
      );
    case 'objection':
      return subject.type === 'contact'
        ? form(
            'rights.ui.object-marketing',
            act(() => applyObjection(makeContext(), request.id, outcome)),
            <>
              <p>{t('rights.ui.object-marketing-hint')}</p>
              {outcomeField}
            </>,
          )
        : form(
            'rights.ui.object-erase',
            act(() => applyObjection(makeContext(), request.id, outcome)),
            <>
              <p>{t('rights.ui.object-erase-hint')}</p>
              {outcomeField}
              {confirm}
            </>,
            true,
          );
    case 'rectification':
      return form(
        'rights.ui.rectified',
        act(() =>
          completeRectification(makeContext(), request.id, { changedFields: fields, outcome }),
        ),
        <>
          <p>{t('rights.ui.rectify-hint')}</p>
          <fieldset
            className="person-choices"
            aria-describedby={issues.length ? 'fields-error' : undefined}
          >
            <legend>{t('rights.ui.changed-fields')}</legend>
            {rectifiableFields(subject.type).map((f) => (
              <label key={f}>
                <input
                  type="checkbox"
                  checked={fields.includes(f)}
                  onChange={(e) =>
                    setFields(e.target.checked ? [...fields, f] : fields.filter((x) => x !== f))
                  }
                />{' '}
                {translateCode(lang, 'letter.field', f)}
              </label>
            ))}
            {errorFor('changedFields') && (
              <p className="field-error" id="fields-error">
                {errorFor('changedFields')}
              </p>
            )}
          </fieldset>
          {outcomeField}
        </>,
      );
    default:
      return assertNever(request.type);
  }
}
