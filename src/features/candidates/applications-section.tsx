import { useState } from 'react';
import { useServiceContext } from '../../components/db-context';
import { useFailureText } from '../../components/failure-text';
import { SelectField, TextField, useFieldError } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import { toIsoDate, type FieldIssue } from '../../domain/common';
import { createApplication } from '../../services/records';
import { MoveApplicationForm } from '../../components/move-application-form';
import { useApplications } from './use-candidate';
import { useOpenMissions } from './use-candidate-list';

const general = 'general';

/** The candidate's applications: general or for a mission, each with its dated status history. */
export function ApplicationsSection({
  candidateId,
  readOnly,
}: {
  candidateId: string;
  readOnly: boolean;
}) {
  const { t, date } = useI18n();
  const makeContext = useServiceContext();
  const failureText = useFailureText();
  const data = useApplications(candidateId);
  const missions = useOpenMissions();
  const [target, setTarget] = useState<string>(general);
  const [receivedOn, setReceivedOn] = useState(toIsoDate(new Date()));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const errorAt = useFieldError(issues);

  const add = async () => {
    const out = await createApplication(makeContext(), {
      candidateId,
      missionId: target === general ? null : target,
      receivedOn,
    });
    setIssues(!out.ok && out.error.reason === 'invalid' ? out.error.issues : []);
    setMessage(out.ok ? null : failureText(out.error));
  };

  return (
    <section className="panel" aria-labelledby="applications-heading">
      <h2 id="applications-heading">{t('records.section.applications')}</h2>
      {data?.apps.length === 0 && <p className="muted">{t('records.section.none')}</p>}
      {data?.apps.map((a) => {
        const mission = a.missionId === null ? null : data.missions.get(a.missionId);
        const label = mission
          ? `${mission.position} (${mission.clientName})`
          : t('records.application.general');
        return (
          <article key={a.id} className="application" aria-label={label}>
            <h3>
              {mission ? (
                <Link href={`/missions/${encodeURIComponent(mission.id)}`}>{label}</Link>
              ) : (
                label
              )}
            </h3>
            <p>
              {t('records.application.status')}:{' '}
              <strong>{t(`records.pipeline.${a.status}`)}</strong>
            </p>
            <ol className="events" aria-label={t('records.application.events')}>
              {a.events.map((e, i) => (
                <li key={i}>
                  {date(e.on)}: {t(`records.pipeline.${e.status}`)}
                  {e.note && ` — ${e.note}`}
                </li>
              ))}
            </ol>
            {!readOnly && <MoveApplicationForm application={a} label={label} />}
          </article>
        );
      })}
      {!readOnly && (
        <form
          noValidate
          className="inline-form"
          aria-label={t('records.application.add')}
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          {message && (
            <p role="alert" className="error">
              {message}
            </p>
          )}
          <SelectField
            label={t('records.application.mission')}
            value={target}
            onChange={setTarget}
            options={[
              { value: general, label: t('records.application.general') },
              ...missions.map((m) => ({ value: m.id, label: `${m.position} (${m.clientName})` })),
            ]}
            error={errorAt('missionId')}
          />
          <TextField
            type="date"
            label={t('records.application.receivedOn')}
            value={receivedOn}
            onChange={setReceivedOn}
            error={errorAt('receivedOn')}
          />
          <button type="submit">{t('records.application.add')}</button>
        </form>
      )}
    </section>
  );
}
