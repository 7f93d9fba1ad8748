import { SelectField, TextField, useFieldError } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import { organisationKinds, recipientRoles } from '../../domain/organisation';
import { languages } from '../../i18n/messages';

export type OrganisationForm = {
  kind: (typeof organisationKinds)[number];
  name: string;
  addresses: string;
  notes: string;
  country: string;
  language: 'fr' | 'en' | 'de';
  role: (typeof recipientRoles)[number] | '';
  transferSafeguard: string;
};

export const organisationInputOf = (f: OrganisationForm) => ({
  ...f,
  country: f.country.trim().toUpperCase(),
  addresses: f.addresses
    .split('\n')
    .map((a) => a.trim())
    .filter((a) => a !== ''),
  role: f.role === '' ? null : f.role,
  transferSafeguard: f.transferSafeguard.trim() === '' ? null : f.transferSafeguard,
});

/** Client, partner firm or recipient (with its role and country, P5). */
export function OrganisationFields({
  value,
  onChange,
  issues,
}: {
  value: OrganisationForm;
  onChange: (v: OrganisationForm) => void;
  issues: Parameters<typeof useFieldError>[0];
}) {
  const { t } = useI18n();
  const errorAt = useFieldError(issues);
  return (
    <>
      <SelectField
        label={t('records.organisation.kindLabel')}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind })}
        options={organisationKinds.map((k) => ({
          value: k,
          label: t(`records.organisation.kind.${k}`),
        }))}
        error={errorAt('kind')}
      />
      <TextField
        label={t('records.organisation.name')}
        value={value.name}
        onChange={(name) => onChange({ ...value, name })}
        error={errorAt('name')}
      />
      {value.kind === 'recipient' && (
        <SelectField
          label={t('records.organisation.role')}
          value={value.role}
          placeholder={t('records.form.choose')}
          onChange={(role) => onChange({ ...value, role })}
          options={recipientRoles.map((r) => ({ value: r, label: t(`records.role.${r}`) }))}
          error={errorAt('role')}
        />
      )}
      <TextField
        label={t('records.organisation.country')}
        value={value.country}
        onChange={(country) => onChange({ ...value, country })}
        error={errorAt('country')}
      />
      <TextField
        label={t('records.organisation.transferSafeguard')}
        hint={t('records.organisation.transferHint')}
        value={value.transferSafeguard}
        onChange={(transferSafeguard) => onChange({ ...value, transferSafeguard })}
        error={errorAt('transferSafeguard')}
      />
      <SelectField
        label={t('records.organisation.language')}
        value={value.language}
        onChange={(language) => onChange({ ...value, language })}
        options={languages.map((l) => ({ value: l, label: t(`records.lang.${l}`) }))}
      />
      <TextField
        multiline
        label={t('records.organisation.addresses')}
        hint={t('records.form.one-per-line')}
        value={value.addresses}
        onChange={(addresses) => onChange({ ...value, addresses })}
        error={errorAt('addresses')}
      />
      <TextField
        multiline
        label={t('records.organisation.notes')}
        value={value.notes}
        onChange={(notes) => onChange({ ...value, notes })}
        error={errorAt('notes')}
      />
    </>
  );
}
