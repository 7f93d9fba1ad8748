import { TextField, useFieldError } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';

export type RefereeForm = {
  firstName: string;
  lastName: string;
  relationship: string;
  organisation: string;
  email: string;
  phone: string;
  statement: string;
  permissionToContactOn: string;
};

export const emptyReferee: RefereeForm = {
  firstName: '',
  lastName: '',
  relationship: '',
  organisation: '',
  email: '',
  phone: '',
  statement: '',
  permissionToContactOn: '',
};

/** The form's text as the service's input: an empty optional field is null. */
export const refereeInputOf = (candidateId: string, f: RefereeForm) => ({
  ...f,
  candidateId,
  email: f.email.trim() === '' ? null : f.email,
  phone: f.phone.trim() === '' ? null : f.phone,
  permissionToContactOn: f.permissionToContactOn === '' ? null : f.permissionToContactOn,
});

export function RefereeFields({
  value,
  onChange,
  issues,
}: {
  value: RefereeForm;
  onChange: (v: RefereeForm) => void;
  issues: Parameters<typeof useFieldError>[0];
}) {
  const { t } = useI18n();
  const errorAt = useFieldError(issues);
  const text = (
    key: keyof RefereeForm,
    label: Parameters<typeof t>[0],
    more: { type?: 'email' | 'tel' | 'date'; multiline?: boolean } = {},
  ) => (
    <TextField
      label={t(label)}
      value={value[key]}
      onChange={(v) => onChange({ ...value, [key]: v })}
      error={errorAt(key)}
      {...more}
    />
  );
  return (
    <>
      {text('lastName', 'records.field.lastName')}
      {text('firstName', 'records.field.firstName')}
      {text('relationship', 'records.referee.relationship')}
      {text('organisation', 'records.referee.organisation')}
      {text('email', 'records.referee.email', { type: 'email' })}
      {text('phone', 'records.referee.phone', { type: 'tel' })}
      {text('statement', 'records.referee.statement', { multiline: true })}
      {text('permissionToContactOn', 'records.referee.permissionToContactOn', { type: 'date' })}
    </>
  );
}
