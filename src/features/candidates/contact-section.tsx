import { useState } from 'react';
import { useI18n } from '../../components/i18n-context';
import type { Candidate } from '../../domain/candidate';
import { ContactFields } from './contact-fields';
import { asText, contactOf } from './contact-text';
import { Section } from '../../components/section';
import { useSaveCandidate } from './use-save-candidate';

/** Contact details: several emails, phones and addresses. */
export function ContactSection({ candidate }: { candidate: Candidate }) {
  const { t } = useI18n();
  const save = useSaveCandidate(candidate);
  const [form, setForm] = useState(asText(candidate.contact));
  const { emails, phones, addresses } = candidate.contact;
  return (
    <Section
      title={t('records.section.contact')}
      readOnly={candidate.restricted !== null}
      onEdit={() => setForm(asText(candidate.contact))}
      dirty={JSON.stringify(form) !== JSON.stringify(asText(candidate.contact))}
      view={
        <dl>
          <dt>{t('records.field.emails')}</dt>
          <dd>
            {emails.map((e) => (
              <div key={e}>
                <a href={`mailto:${e}`}>{e}</a>
              </div>
            ))}
          </dd>
          <dt>{t('records.field.phones')}</dt>
          <dd>
            {phones.map((p) => (
              <div key={p}>{p}</div>
            ))}
          </dd>
          <dt>{t('records.field.addresses')}</dt>
          <dd>
            {addresses.map((a) => (
              <div key={a}>{a}</div>
            ))}
          </dd>
        </dl>
      }
      onSave={() => save({ contact: contactOf(form) })}
      edit={(issues) => <ContactFields value={form} onChange={setForm} issues={issues} />}
    />
  );
}
