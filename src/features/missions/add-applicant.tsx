import { useState } from 'react';
import { useServiceContext } from '../../components/db-context';
import { useFailureText } from '../../components/failure-text';
import { TextField } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import { toIsoDate } from '../../domain/common';
import { createApplication } from '../../services/records';
import { useCandidateMatches } from './use-missions';

/** Finds a candidate by name, email or phone prefix and adds them to this mission's pipeline. */
export function AddApplicant({ missionId }: { missionId: string }) {
  const { t } = useI18n();
  const makeContext = useServiceContext();
  const failureText = useFailureText();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const matches = useCandidateMatches(text);
  const add = async (candidateId: string, name: string) => {
    const out = await createApplication(makeContext(), {
      candidateId,
      missionId,
      receivedOn: toIsoDate(new Date()),
    });
    setMessage(
      out.ok
        ? { ok: true, text: t('records.mission.added', { name }) }
        : { ok: false, text: failureText(out.error) },
    );
    if (out.ok) setText('');
  };
  return (
    <section className="panel" aria-labelledby="add-applicant-heading">
      <h2 id="add-applicant-heading">{t('records.mission.addApplicant')}</h2>
      <TextField type="search" label={t('records.search.label')} value={text} onChange={setText} />
      <ul>
        {matches.map((c) => {
          const name = `${c.identity.firstName} ${c.identity.lastName}`;
          return (
            <li key={c.id}>
              {name} <span className="muted">{c.contact.emails[0] ?? ''}</span>{' '}
              <button type="button" className="secondary" onClick={() => void add(c.id, name)}>
                {t('records.mission.add-named', { name })}
              </button>
            </li>
          );
        })}
      </ul>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
