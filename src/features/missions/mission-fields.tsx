import { SelectField, TextField, useFieldError } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import { missionStatuses } from '../../domain/mission';
import { useOrganisationOptions } from './use-missions';

export type MissionForm = {
  clientId: string;
  partnerId: string;
  position: string;
  location: string;
  contractRef: string;
  contractSignedOn: string;
  status: (typeof missionStatuses)[number];
  openedOn: string;
  closedOn: string;
};

/** The form's text as the service's input: empty optional fields are null. */
export const missionInputOf = (f: MissionForm) => ({
  ...f,
  partnerId: f.partnerId === '' ? null : f.partnerId,
  contractSignedOn: f.contractSignedOn === '' ? null : f.contractSignedOn,
  closedOn: f.closedOn === '' ? null : f.closedOn,
});

/** A mission: its client, an optional partner firm (P4), and the contract's signed date (P3). */
export function MissionFields({
  value,
  onChange,
  issues,
}: {
  value: MissionForm;
  onChange: (v: MissionForm) => void;
  issues: Parameters<typeof useFieldError>[0];
}) {
  const { t } = useI18n();
  const errorAt = useFieldError(issues);
  const clients = useOrganisationOptions('client');
  const partners = useOrganisationOptions('partner');
  const set =
    <K extends keyof MissionForm>(key: K) =>
    (v: MissionForm[K]) =>
      onChange({ ...value, [key]: v });
  return (
    <>
      <SelectField
        label={t('records.mission.client')}
        value={value.clientId}
        placeholder={t('records.form.choose')}
        onChange={set('clientId')}
        options={clients.map((c) => ({ value: c.id, label: c.name }))}
        error={errorAt('clientId')}
      />
      <SelectField
        label={t('records.mission.partner')}
        value={value.partnerId}
        onChange={set('partnerId')}
        options={[
          { value: '', label: t('records.form.none') },
          ...partners.map((p) => ({ value: p.id, label: p.name })),
        ]}
        error={errorAt('partnerId')}
      />
      <TextField
        label={t('records.mission.position')}
        value={value.position}
        onChange={set('position')}
        error={errorAt('position')}
      />
      <TextField
        label={t('records.mission.location')}
        value={value.location}
        onChange={set('location')}
        error={errorAt('location')}
      />
      <TextField
        label={t('records.mission.contractRef')}
        value={value.contractRef}
        onChange={set('contractRef')}
        error={errorAt('contractRef')}
      />
      <TextField
        type="date"
        label={t('records.mission.contractSignedOn')}
        hint={t('records.mission.signedHint')}
        value={value.contractSignedOn}
        onChange={set('contractSignedOn')}
        error={errorAt('contractSignedOn')}
      />
      <SelectField
        label={t('records.mission.status')}
        value={value.status}
        onChange={set('status')}
        options={missionStatuses.map((s) => ({ value: s, label: t(`records.missionStatus.${s}`) }))}
        error={errorAt('status')}
      />
      <TextField
        type="date"
        label={t('records.mission.openedOn')}
        value={value.openedOn}
        onChange={set('openedOn')}
        error={errorAt('openedOn')}
      />
      <TextField
        type="date"
        label={t('records.mission.closedOn')}
        value={value.closedOn}
        onChange={set('closedOn')}
        error={errorAt('closedOn')}
      />
    </>
  );
}
