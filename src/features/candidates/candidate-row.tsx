import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import type { Candidate } from '../../domain/candidate';
import { toIsoDate } from '../../domain/common';
import { noticeState } from '../../domain/notice';

/** One line of the candidate list: name, first contact detail, source, Art. 14 and Art. 18 flags. */
export function CandidateRow({ candidate: c }: { candidate: Candidate }) {
  const { t, date } = useI18n();
  const state = noticeState(c, toIsoDate(new Date()));
  return (
    <div className="row">
      <Link href={`/candidates/${encodeURIComponent(c.id)}`}>
        {c.identity.lastName.toUpperCase()} {c.identity.firstName}
      </Link>
      <span className="muted">{c.contact.emails[0] ?? c.contact.phones[0] ?? ''}</span>
      <span className="muted">{t(`records.source.${c.source}`)}</span>
      {(state === 'overdue' || state === 'due-soon') && c.noticeDueOn !== null && (
        <span className={state === 'overdue' ? 'badge badge-error' : 'badge badge-warning'}>
          {t(`records.noticeState.${state}`, { date: date(c.noticeDueOn) })}
        </span>
      )}
      {c.restricted !== null && <span className="badge">{t('records.restricted.badge')}</span>}
    </div>
  );
}
