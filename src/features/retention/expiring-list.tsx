import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import type { PersonType } from '../../domain/common';
import { ReasonLines } from './reason-lines';
import { useExpiringSoon } from './use-retention';

const pagePath: Record<PersonType, string> = {
  candidate: '/candidates',
  referee: '/referees',
  contact: '/contacts',
};

/** People due within the warning window, with why; `limit` for the dashboard. */
export function ExpiringList({ warnDays, limit }: { warnDays: number; limit?: number }) {
  const { t, plural, date, number } = useI18n();
  const data = useExpiringSoon(warnDays);
  if (!data) return null;
  const { people, missions } = data;
  if (people.length === 0) return <p>{t('retention.expiring.none', { days: number(warnDays) })}</p>;
  const shown = limit === undefined ? people : people.slice(0, limit);
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('retention.expiring.col.person')}</th>
          <th scope="col">{t('retention.expiring.col.due')}</th>
          <th scope="col">{t('retention.expiring.col.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((p) => (
          <tr key={`${p.personType}-${p.id}`}>
            <td>
              <Link href={`${pagePath[p.personType]}/${encodeURIComponent(p.id)}`}>{p.name}</Link>{' '}
              <span className="hint">({t(`retention.personType.${p.personType}`)})</span>
            </td>
            <td>
              {date(p.deleteOn)}{' '}
              <span className="hint">
                {p.daysLeft === 0
                  ? t('retention.expiring.today')
                  : plural('retention.expiring.daysLeft', p.daysLeft)}
              </span>
              {p.held && <strong> {t('retention.expiring.held')}</strong>}
            </td>
            <td>
              <ReasonLines because={p.because} missions={missions} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
