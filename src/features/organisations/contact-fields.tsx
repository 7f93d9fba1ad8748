import { TextField, useFieldError } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';

export type ContactForm = {
  firstName: string;
  lastName: string;
  jobTitle: string;
  emails: string;
  phones: string;
  addresses: string;
  marketingOptOut: boolean;
  lastContactOn: string;
};

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

export const contactInputOf = (organisationId: string, f: ContactForm) => ({
  ...f,
  organisationId,
  emails: lines(f.emails),
  phones: lines(f.phones),
  addresses: lines(f.addresses),
});

/** A client contact's business details (P13) and the absolute marketing opt-out (Art. 21(3)). */
export function ContactFields({
  value,
  onChange,
  issues,
}: {
  value: ContactForm;
  onChange: (v: ContactForm) => void;
  issues: Parameters<typeof useFieldError>[0];
}) {
  const { t } = useI18n();
  const errorAt = useFieldError(issues);
  const text = (
    key: Exclude<keyof ContactForm, 'marketingOptOut'>,
    label: Parameters<typeof t>[0],
    more: { type?: 'date'; multiline?: boolean; hint?: string } = {},
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
      {text('jobTitle', 'records.contact.jobTitle')}
      {text('emails', 'records.field.emails', {
        multiline: true,
        hint: t('records.form.one-per-line'),
      })}
      {text('phones', 'records.field.phones', {
        multiline: true,
        hint: t('records.form.one-per-line'),
      })}
      {text('addresses', 'records.field.addresses', {
        multiline: true,
        hint: t('records.form.one-per-line'),
      })}
      {text('lastContactOn', 'records.contact.lastContactOn', { type: 'date' })}
      <label className="check">
        <input
          type="checkbox"
          checked={value.marketingOptOut}
          onChange={(e) => onChange({ ...value, marketingOptOut: e.target.checked })}
        />{' '}
        {t('records.contact.marketingOptOut')}
      </label>
    </>
  );
}
