import { useMemo, useState, type FormEvent } from 'react';
import { SelectField, TextField, useFieldError } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import { toIsoDate, type DataCategory, type FieldIssue } from '../../domain/common';
import { useDirtyForm } from '../../hooks/use-dirty-form';
import { CategoryCheckboxes } from './category-checkboxes';
import { recipientLabel } from './labels';
import { useCandidateChoices } from './use-disclosures';
import { useDisclosureActions } from './use-disclosure-actions';

const empty = {
  missionId: '',
  recipientId: '',
  form: '' as '' | 'written' | 'verbal',
  script: '',
  evidenceNote: '',
  dataReviewedOn: '',
};

/**
 * Records a consent (Art. 7(1)): for a mission of the candidate and one of its recipients (the
 * client, the partner firm, or another recipient named in the consent), written or verbal with
 * the script used, evidence, the categories it covers and, to reuse a pool candidate, the date
 * the data were reviewed with them (P10).
 */
export function ConsentForm({
  candidateId,
  onSaved,
}: {
  candidateId: string;
  /** Called once the consent is recorded (the workspace closes the form and says so). */
  onSaved?: () => void;
}) {
  const { t } = useI18n();
  const data = useCandidateChoices(candidateId);
  const actions = useDisclosureActions();
  const [fields, setFields] = useState(empty);
  const [givenOn, setGivenOn] = useState(() => toIsoDate(new Date()));
  const [categories, setCategories] = useState<DataCategory[]>([]);
  const [file, setFile] = useState<File | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [saved, setSaved] = useState(false);
  const errorOf = useFieldError(issues);
  const dirty =
    JSON.stringify(fields) !== JSON.stringify(empty) || categories.length > 0 || file !== null;
  useDirtyForm(dirty);

  const missions = useMemo(() => {
    const seen = new Map<string, NonNullable<typeof data>['choices'][number]>();
    for (const c of data?.choices ?? [])
      if (c.mission && !seen.has(c.mission.id)) seen.set(c.mission.id, c);
    return [...seen.values()];
  }, [data]);
  if (!data?.candidate) return null;
  if (missions.length === 0) return <p>{t('consent.noMission')}</p>;
  const chosen = missions.find((m) => m.mission!.id === fields.missionId);
  // A consent names a recipient of the mission, or another recipient of role "other".
  const recipients = (chosen?.recipients ?? []).filter(
    (o) => o.kind !== 'recipient' || o.role === 'other' || o.role === null,
  );
  const set = (k: keyof typeof empty) => (v: string) => {
    setSaved(false);
    setFields((f) => ({ ...f, [k]: v, ...(k === 'missionId' ? { recipientId: '' } : {}) }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await actions.recordConsent(
      {
        candidateId,
        missionId: fields.missionId,
        recipientId: fields.recipientId,
        form: fields.form,
        givenOn,
        script: fields.script,
        evidenceNote: fields.evidenceNote,
        categories,
        dataReviewedOn: fields.dataReviewedOn === '' ? null : fields.dataReviewedOn,
      },
      file ? { name: file.name, type: file.type, blob: file } : null,
    );
    if (result.ok) {
      setFields(empty);
      setCategories([]);
      setFile(null);
      setIssues([]);
      setSaved(true);
      onSaved?.();
    } else if (result.error.reason === 'invalid') setIssues(result.error.issues);
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="consent-new">
      <h3 id="consent-new">{t('consent.new')}</h3>
      <SelectField
        label={t('consent.mission')}
        value={fields.missionId}
        onChange={set('missionId')}
        placeholder={t('disclosure.choose')}
        options={missions.map((m) => ({ value: m.mission!.id, label: m.mission!.position }))}
        error={errorOf('missionId')}
      />
      <SelectField
        label={t('consent.recipient')}
        value={fields.recipientId}
        onChange={set('recipientId')}
        placeholder={t('disclosure.choose')}
        options={recipients.map((o) => ({ value: o.id, label: recipientLabel(t, o) }))}
        error={errorOf('recipientId')}
      />
      <SelectField
        label={t('consent.form')}
        value={fields.form}
        onChange={set('form')}
        placeholder={t('disclosure.choose')}
        options={[
          { value: 'verbal', label: t('consent.form.verbal') },
          { value: 'written', label: t('consent.form.written') },
        ]}
        error={errorOf('form')}
      />
      <TextField
        label={t('consent.givenOn')}
        type="date"
        value={givenOn}
        onChange={(v) => {
          setSaved(false);
          setGivenOn(v);
        }}
        error={errorOf('givenOn')}
      />
      <TextField
        label={t('consent.script')}
        hint={t('consent.script.help')}
        multiline
        value={fields.script}
        onChange={set('script')}
        error={errorOf('script')}
      />
      <TextField
        label={t('consent.evidenceNote')}
        multiline
        value={fields.evidenceNote}
        onChange={set('evidenceNote')}
        error={errorOf('evidenceNote')}
      />
      <div className="field">
        <label htmlFor="consent-evidence-file">{t('consent.evidenceFile')}</label>
        <input
          id="consent-evidence-file"
          type="file"
          onChange={(e) => {
            setSaved(false);
            setFile(e.target.files?.[0] ?? null);
          }}
        />
        {errorOf('evidence') && <p className="field-error">{errorOf('evidence')}</p>}
      </div>
      <CategoryCheckboxes
        legend={t('consent.categories')}
        value={categories}
        onChange={(c) => {
          setSaved(false);
          setCategories(c);
        }}
        error={errorOf('categories')}
      />
      <TextField
        label={t('consent.dataReviewedOn')}
        hint={t('consent.dataReviewedOn.help')}
        type="date"
        value={fields.dataReviewedOn}
        onChange={set('dataReviewedOn')}
        error={errorOf('dataReviewedOn')}
      />
      <button type="submit">{t('consent.save')}</button>
      {saved && (
        <p role="status" className="ok">
          {t('consent.saved')}
        </p>
      )}
    </form>
  );
}
