import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import { MoveApplicationForm } from '../../components/move-application-form';
import { pipelineStatuses } from '../../domain/application';
import { usePipeline } from './use-missions';

/** The mission's pipeline: one column per status, each move a dated event. */
export function PipelineBoard({ missionId }: { missionId: string }) {
  const { t, date } = useI18n();
  const data = usePipeline(missionId);
  if (!data) return null;
  return (
    <section className="panel" aria-labelledby="pipeline-heading">
      <h2 id="pipeline-heading">{t('records.mission.pipeline')}</h2>
      <div className="board">
        {pipelineStatuses.map((status) => (
          <section key={status} className="column" aria-label={t(`records.pipeline.${status}`)}>
            <h3>
              {t(`records.pipeline.${status}`)} ({data.board[status].length})
            </h3>
            <ul>
              {data.board[status].map((a) => {
                const name = data.names.get(a.candidateId) ?? a.candidateId;
                const last = a.events[a.events.length - 1];
                return (
                  <li key={a.id}>
                    <Link href={`/candidates/${encodeURIComponent(a.candidateId)}`}>{name}</Link>
                    {last && <div className="muted small">{date(last.on)}</div>}
                    <details>
                      <summary>{t('records.application.move-named', { name })}</summary>
                      <MoveApplicationForm application={a} label={name} />
                    </details>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
