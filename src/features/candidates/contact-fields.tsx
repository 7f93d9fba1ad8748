import { TextField, useFieldError } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import type { ContactText } from './contact-text';

export function ContactFields({
  value,
  onChange,
  issues,
}: {
  value: ContactText;
  onChange: (v: ContactText) => void;
  issues: Parameters<typeof useFieldError>[0];
}) {
  const { t } = useI18n();
  const errorAt = useFieldError(issues);
  return (
    <>
      <TextField
        multiline
        label={t('records.field.emails')}
        hint={t('records.form.one-per-line')}
        value={value.emails}
        onChange={(emails) => onChange({ ...value, emails })}
        error={errorAt('contact.emails')}
      />
      <TextField
        multiline
        label={t('records.field.phones')}
        hint={t('records.form.one-per-line')}
        value={value.phones}
        onChange={(phones) => onChange({ ...value, phones })}
        error={errorAt('contact.phones')}
      />
      <TextField
        multiline
        label={t('records.field.addresses')}
        hint={t('records.form.one-per-line')}
        value={value.addresses}
        onChange={(addresses) => onChange({ ...value, addresses })}
        error={errorAt('contact.addresses')}
      />
    </>
  );
}
