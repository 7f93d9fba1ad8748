import { ActionBar } from '../../components/action-bar';
import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import { MoveApplicationForm } from '../../components/move-application-form';
import { useApplications } from './use-candidate';

/**
 * The candidate's applications: general or for a mission, each with its dated status history.
 * A new one is added from the workspace's "Add an application" action (AddApplicationForm).
 */
export function ApplicationsSection({
  candidateId,
  readOnly,
}: {
  candidateId: string;
  readOnly: boolean;
}) {
  const { t, date } = useI18n();
  const data = useApplications(candidateId);

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
            {!readOnly && (
              <ActionBar
                label={label}
                actions={[
                  {
                    id: 'move',
                    label: t('records.application.move-named', { name: label }),
                    form: (done) => (
                      <MoveApplicationForm
                        application={a}
                        label={label}
                        onMoved={(s) => done(t(`records.pipeline.${s}`))}
                      />
                    ),
                  },
                ]}
              />
            )}
          </article>
        );
      })}
    </section>
  );
}
