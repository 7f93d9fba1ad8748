import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import { toIsoDate } from '../../domain/common';
import { noticeState } from '../../domain/notice';
import { useNoticesDue } from './use-candidate';

/** Home dashboard: Art. 14 notices overdue or due within 7 days, soonest first. */
export function NoticesDuePanel() {
  const { t, date } = useI18n();
  const due = useNoticesDue();
  if (due.length === 0) return null;
  const today = toIsoDate(new Date());
  return (
    <section className="panel" aria-labelledby="notices-due-heading">
      <h2 id="notices-due-heading">{t('records.dashboard.noticesDue', { count: due.length })}</h2>
      <ul>
        {due.map((c) => {
          const state = noticeState(c, today);
          return (
            <li key={c.id} className={state === 'overdue' ? 'error' : undefined}>
              <Link href={`/candidates/${encodeURIComponent(c.id)}`}>
                {c.identity.firstName} {c.identity.lastName}
              </Link>{' '}
              —{' '}
              {t(`records.noticeState.${state === 'overdue' ? 'overdue' : 'due-soon'}`, {
                date: date(c.noticeDueOn ?? today),
              })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
