import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import type { RightsRequest } from '../../domain/rights-request';
import { DeadlineBadge } from './deadline-badge';
import { useRightsDashboard } from './use-rights';
import './rights.css';

/** Home dashboard: rights requests overdue and due this week lead the page (P9, Art. 12(3)). */
export function RightsDashboardPanel() {
  const { t, date } = useI18n();
  const data = useRightsDashboard();
  if (!data) return null;
  const row = (r: RightsRequest) => (
    <li key={r.id}>
      <Link href={`/rights/${r.id}`}>
        {t(`rights.type.${r.type}`)} —{' '}
        {r.subjectId === null
          ? t('rights.person.not-found')
          : (data.names.get(r.subjectId) ?? t('rights.ui.person-gone'))}
      </Link>{' '}
      — {t('rights.ui.due-on')} {date(r.dueOn)} <DeadlineBadge request={r} today={data.today} />
    </li>
  );
  return (
    <section className="panel" aria-labelledby="rights-dashboard-title">
      <h2 id="rights-dashboard-title">{t('rights.ui.dashboard')}</h2>
      {data.overdue.length === 0 && data.dueSoon.length === 0 && (
        <p>{t('rights.ui.dashboard-none')}</p>
      )}
      {data.overdue.length > 0 && (
        <div role="alert" className="error">
          <h3>{t('rights.ui.dashboard-overdue', { count: data.overdue.length })}</h3>
          <ul>{data.overdue.map(row)}</ul>
        </div>
      )}
      {data.dueSoon.length > 0 && (
        <>
          <h3>{t('rights.ui.dashboard-due-soon', { count: data.dueSoon.length })}</h3>
          <ul>{data.dueSoon.map(row)}</ul>
        </>
      )}
      <p>
        <Link href="/rights">{t('rights.ui.open-register')}</Link>
      </p>
    </section>
  );
}
