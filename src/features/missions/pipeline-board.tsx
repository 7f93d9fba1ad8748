import { Badge } from '../../components/badge';
import { consentTone, noticeTone } from '../../components/standing-tones';
import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import { MoveApplicationForm } from '../../components/move-application-form';
import { pipelineStatuses } from '../../domain/application';
import { usePipeline } from './use-missions';

/**
 * The mission's pipeline: one column per status, each move a dated event. Each card says the
 * candidate's consent towards the client (and partner firm) and the Art. 14 notice state, so a
 * recruiter sees who may be submitted before trying.
 */
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
                const standing = data.standing.get(a.candidateId);
                return (
                  <li key={a.id}>
                    <Link href={`/candidates/${encodeURIComponent(a.candidateId)}`}>{name}</Link>
                    {last && <div className="muted small">{date(last.on)}</div>}
                    <ul className="card-badges" aria-label={t('workspace.standing', { name })}>
                      {standing?.consents.map((c, i) => {
                        const state = t(`workspace.consent.${c.standing}`);
                        return (
                          <li key={c.recipientId}>
                            <Badge tone={consentTone[c.standing]}>
                              {i === 0
                                ? t('workspace.card.consent', { state })
                                : t('workspace.consentFor', {
                                    recipient: data.recipients.get(c.recipientId) ?? '',
                                    state,
                                  })}
                            </Badge>
                          </li>
                        );
                      })}
                      {standing?.notice && (
                        <li>
                          <Badge tone={noticeTone[standing.notice]}>
                            {t('workspace.card.notice', {
                              state: t(`workspace.card.notice.${standing.notice}`),
                            })}
                          </Badge>
                        </li>
                      )}
                    </ul>
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
