import { useState, type FormEvent } from 'react';
import { useServiceContext } from '../../components/db-context';
import { SelectField, TextField, useFieldError } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import { navigate } from '../../components/navigation';
import type { FieldIssue, LanguageCode, PersonType } from '../../domain/common';
import { requestChannels, requestTypes, type RightsRequest } from '../../domain/rights-request';
import { useDirtyForm } from '../../hooks/use-dirty-form';
import { registerRequest, type RightsFailure } from '../../services/rights';
import { FailureMessage } from './failure-message';
import { today, usePeopleSearch } from './use-rights';

type Chosen = { type: PersonType; id: string; name: string } | 'not-found' | null;

/**
 * Records a request as it arrives: who (found in the records, or not found), what, when, how.
 * The due date follows from the type; an identity check is recorded later, only when in doubt.
 */
export function NewRequestForm({
  initialPerson,
  onRecorded,
}: {
  initialPerson?: Chosen;
  /** Instead of opening the new request's page (the candidate workspace stays where it is). */
  onRecorded?: (requestId: string) => void;
}) {
  const { t, lang } = useI18n();
  const makeContext = useServiceContext();
  const [type, setType] = useState<RightsRequest['type'] | ''>('');
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Chosen>(initialPerson ?? null);
  const [receivedOn, setReceivedOn] = useState(today());
  const [channel, setChannel] = useState<RightsRequest['channel'] | ''>('');
  const [language, setLanguage] = useState<LanguageCode>(lang);
  const [details, setDetails] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<RightsFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errorFor = useFieldError(issues);
  const matches = usePeopleSearch(query);
  useDirtyForm(type !== '' || query !== '' || details !== '' || channel !== '');

  const [personMissing, setPersonMissing] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setPersonMissing(chosen === null);
    if (chosen === null) return;
    setBusy(true);
    const person = chosen && chosen !== 'not-found' ? chosen : null;
    const result = await registerRequest(makeContext(), {
      type: type || undefined,
      subjectType: person?.type ?? null,
      subjectId: person?.id ?? null,
      receivedOn,
      channel: channel || undefined,
      language,
      details,
    });
    setBusy(false);
    if (!result.ok) {
      setIssues(result.error.reason === 'invalid' ? result.error.issues : []);
      setFailure(result.error);
      return;
    }
    setType('');
    setQuery('');
    setDetails('');
    setChannel('');
    if (onRecorded) onRecorded(result.value.id);
    else navigate(`/rights/${result.value.id}`);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-request-title">
      <h2 id="new-request-title">{t('rights.ui.new')}</h2>
      <SelectField
        label={t('rights.ui.type')}
        value={type}
        onChange={setType}
        placeholder={t('rights.ui.choose')}
        options={requestTypes.map((v) => ({ value: v, label: t(`rights.type.${v}`) }))}
        error={errorFor('type')}
        hint={t('rights.ui.type-hint')}
        required
      />
      <TextField
        label={t('rights.ui.find-person')}
        type="search"
        value={query}
        onChange={setQuery}
        hint={t('rights.ui.find-person-hint')}
      />
      <fieldset className="person-choices">
        <legend>{t('rights.ui.person')}</legend>
        {initialPerson && initialPerson !== 'not-found' && (
          <label>
            <input
              type="radio"
              name="person"
              checked={chosen !== null && chosen !== 'not-found' && chosen.id === initialPerson.id}
              onChange={() => setChosen(initialPerson)}
            />{' '}
            {initialPerson.name} — {t(`rights.ui.kind.${initialPerson.type}`)}
          </label>
        )}
        {(matches ?? []).map((m) => (
          <label key={`${m.type}:${m.id}`}>
            <input
              type="radio"
              name="person"
              checked={chosen !== null && chosen !== 'not-found' && chosen.id === m.id}
              onChange={() => setChosen({ type: m.type, id: m.id, name: m.name })}
            />{' '}
            {m.name} — {t(`rights.ui.kind.${m.type}`)}
            {m.detail && <span className="hint"> ({m.detail})</span>}
          </label>
        ))}
        <label>
          <input
            type="radio"
            name="person"
            checked={chosen === 'not-found'}
            onChange={() => setChosen('not-found')}
          />{' '}
          {t('rights.person.not-found')}
        </label>
        {personMissing && chosen === null && (
          <p className="field-error" role="alert">
            {t('rights.ui.choose-person')}
          </p>
        )}
      </fieldset>
      <TextField
        label={t('rights.ui.received-on')}
        type="date"
        value={receivedOn}
        onChange={setReceivedOn}
        error={errorFor('receivedOn')}
        required
      />
      <SelectField
        label={t('rights.ui.channel')}
        value={channel}
        onChange={setChannel}
        placeholder={t('rights.ui.choose')}
        options={requestChannels.map((v) => ({ value: v, label: t(`rights.channel.${v}`) }))}
        error={errorFor('channel')}
        required
      />
      <SelectField
        label={t('rights.ui.language')}
        value={language}
        onChange={setLanguage}
        options={(['fr', 'en', 'de'] as const).map((v) => ({
          value: v,
          label: t(`rights.ui.lang.${v}`),
        }))}
        hint={t('rights.ui.language-hint')}
      />
      <TextField
        label={t('rights.ui.details')}
        value={details}
        onChange={setDetails}
        multiline
        hint={t('rights.ui.details-hint')}
        error={errorFor('details')}
      />
      <FailureMessage failure={failure} />
      <button type="submit" disabled={busy}>
        {t('rights.ui.register')}
      </button>
    </form>
  );
}
