import { SelectField, TextField, useFieldError } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import { candidateSources, type Candidate } from '../../domain/candidate';

/** Source (P1) and collection date. */
export function SourceFields({
  value,
  onChange,
  issues,
}: {
  value: Pick<Candidate, 'source' | 'collectedOn'>;
  onChange: (v: Pick<Candidate, 'source' | 'collectedOn'>) => void;
  issues: Parameters<typeof useFieldError>[0];
}) {
  const { t } = useI18n();
  const errorAt = useFieldError(issues);
  return (
    <>
      <SelectField
        label={t('records.field.source')}
        value={value.source}
        placeholder={t('records.form.choose')}
        onChange={(source) => onChange({ ...value, source })}
        options={candidateSources.map((s) => ({ value: s, label: t(`records.source.${s}`) }))}
        error={errorAt('source')}
      />
      <TextField
        type="date"
        label={t('records.field.collectedOn')}
        value={value.collectedOn}
        onChange={(collectedOn) => onChange({ ...value, collectedOn })}
        error={errorAt('collectedOn')}
      />
    </>
  );
}
