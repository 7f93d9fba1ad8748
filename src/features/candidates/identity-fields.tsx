import { SelectField, TextField, useFieldError } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import type { Candidate } from '../../domain/candidate';
import { languages } from '../../i18n/messages';

/** Name and preferred language, for the create form and the identity section. */
export function IdentityFields({
  value,
  onChange,
  issues,
}: {
  value: Candidate['identity'];
  onChange: (v: Candidate['identity']) => void;
  issues: Parameters<typeof useFieldError>[0];
}) {
  const { t } = useI18n();
  const errorAt = useFieldError(issues);
  return (
    <>
      <TextField
        label={t('records.field.lastName')}
        value={value.lastName}
        onChange={(lastName) => onChange({ ...value, lastName })}
        error={errorAt('identity.lastName')}
        autoComplete="off"
        required
      />
      <TextField
        label={t('records.field.firstName')}
        value={value.firstName}
        onChange={(firstName) => onChange({ ...value, firstName })}
        error={errorAt('identity.firstName')}
        autoComplete="off"
        required
      />
      <SelectField
        label={t('records.field.language')}
        value={value.language}
        onChange={(language) => onChange({ ...value, language })}
        options={languages.map((l) => ({ value: l, label: t(`records.lang.${l}`) }))}
      />
    </>
  );
}
