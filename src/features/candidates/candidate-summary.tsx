import type { Action } from '../../components/action-bar';
import { ActionBar } from '../../components/action-bar';
import { Badge } from '../../components/badge';
import { consentTone, noticeTone } from '../../components/standing-tones';
import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import type { Candidate } from '../../domain/candidate';
import { toIsoDate } from '../../domain/common';
import { noticeState } from '../../domain/notice';
import { explainRetention } from '../../i18n/retention-text';
import { useStanding } from './use-standing';

/**
 * "Where does this person stand?" in one look: contact, source, the Art. 14 notice, how long the
 * data are kept and why (P7, Art. 5(1)(e)), each application with its status and the consent
 * towards each recipient of its mission (P3, P4), the restriction, objection and hold badges, and
 * the main actions.
 */
export function CandidateSummary({
  candidate,
  actions,
}: {
  candidate: Candidate;
  actions: readonly Action[];
}) {
  const { t, lang, date } = useI18n();
  const standing = useStanding(candidate.id);
  const today = toIsoDate(new Date());
  const notice = noticeState(candidate, today);
  const noticeDate = date(
    candidate.notice?.givenOn ?? candidate.noticeDueOn ?? candidate.collectedOn,
  );
  const retention = standing?.retention;
  const kept = retention
    ? explainRetention(lang, retention.date, (id) => retention.missions.get(id), retention.held)
    : null;
  const contact = [...candidate.contact.emails, ...candidate.contact.phones];
  return (
    <section className="card workspace-summary" aria-labelledby="summary-heading">
      <div className="summary-title">
        <h1>
          {candidate.identity.firstName} {candidate.identity.lastName}
        </h1>
        {candidate.restricted !== null && (
          <Badge tone="error">{t('records.restricted.badge')}</Badge>
        )}
        {candidate.objected !== null && <Badge tone="error">{t('workspace.badge.objected')}</Badge>}
        {retention?.held && <Badge tone="warning">{t('workspace.badge.held')}</Badge>}
      </div>
      <h2 id="summary-heading" className="visually-hidden">
        {t('workspace.summary')}
      </h2>
      <dl className="summary-facts">
        <dt>{t('workspace.contact')}</dt>
        <dd>{contact.length > 0 ? contact.join(' · ') : t('workspace.noContact')}</dd>
        <dt>{t('workspace.source')}</dt>
        <dd>
          {t('workspace.sourceLine', {
            source: t(`records.source.${candidate.source}`),
            date: date(candidate.collectedOn),
          })}
        </dd>
        <dt>{t('workspace.notice')}</dt>
        <dd>
          <Badge tone={noticeTone[notice]}>
            {t(`records.noticeState.${notice}`, { date: noticeDate })}
          </Badge>
        </dd>
        <dt>{t('workspace.retention')}</dt>
        <dd data-testid="kept-until">
          {kept ? `${kept.heading} ${kept.lines.join('; ')}` : t('workspace.retentionUnknown')}
          {kept?.blocked && <> {kept.blocked}</>}
        </dd>
      </dl>
      <h3 className="summary-subtitle">{t('workspace.applications')}</h3>
      {standing && standing.rows.length === 0 && (
        <p className="muted">{t('workspace.noApplication')}</p>
      )}
      {standing && standing.rows.length > 0 && (
        <table className="summary-applications">
          <thead>
            <tr>
              <th scope="col">{t('workspace.mission')}</th>
              <th scope="col">{t('workspace.status')}</th>
              <th scope="col">{t('workspace.consent')}</th>
            </tr>
          </thead>
          <tbody>
            {standing.rows.map(({ application, mission, consents }) => (
              <tr key={application.id}>
                <th scope="row">
                  {mission ? (
                    <Link href={`/missions/${encodeURIComponent(mission.id)}`}>
                      {mission.position} ({mission.clientName})
                    </Link>
                  ) : (
                    t('records.application.general')
                  )}
                </th>
                <td>{t(`records.pipeline.${application.status}`)}</td>
                <td>
                  {consents.length === 0
                    ? '—'
                    : consents.map((c) => (
                        <span key={c.recipientId} className="consent-standing">
                          <Badge tone={consentTone[c.standing]}>
                            {t('workspace.consentFor', {
                              recipient: standing.names.get(c.recipientId) ?? c.recipientId,
                              state: t(`workspace.consent.${c.standing}`),
                            })}
                          </Badge>{' '}
                        </span>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ActionBar label={t('workspace.actions')} actions={actions} />
    </section>
  );
}
