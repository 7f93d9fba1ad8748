import { useState } from 'react';
import { useI18n } from '../../components/i18n-context';
import type { Candidate } from '../../domain/candidate';
import { IdentityFields } from './identity-fields';
import { Section } from '../../components/section';
import { useSaveCandidate } from './use-save-candidate';

/** Identity (name, language) and contact details: two categories of the policy, two sections. */
export function IdentitySection({ candidate }: { candidate: Candidate }) {
  const { t } = useI18n();
  const save = useSaveCandidate(candidate);
  const [form, setForm] = useState(candidate.identity);
  return (
    <Section
      title={t('records.section.identity')}
      readOnly={candidate.restricted !== null}
      onEdit={() => setForm(candidate.identity)}
      dirty={JSON.stringify(form) !== JSON.stringify(candidate.identity)}
      view={
        <dl>
          <dt>{t('records.field.lastName')}</dt>
          <dd>{candidate.identity.lastName}</dd>
          <dt>{t('records.field.firstName')}</dt>
          <dd>{candidate.identity.firstName}</dd>
          <dt>{t('records.field.language')}</dt>
          <dd>{t(`records.lang.${candidate.identity.language}`)}</dd>
        </dl>
      }
      onSave={() => save({ identity: form })}
      edit={(issues) => <IdentityFields value={form} onChange={setForm} issues={issues} />}
    />
  );
}
