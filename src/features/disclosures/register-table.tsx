import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import type { RegisterEntry } from '../../services/disclosure';
import { categoryNames } from './labels';

/** Register lines: when, who, to whom, for which mission, under which consent, what. */
export function RegisterTable({ entries }: { entries: readonly RegisterEntry[] }) {
  const { t, dateTime } = useI18n();
  if (entries.length === 0) return <p>{t('register.none')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('register.date')}</th>
          <th scope="col">{t('register.candidate')}</th>
          <th scope="col">{t('register.recipient')}</th>
          <th scope="col">{t('register.mission')}</th>
          <th scope="col">{t('register.categories')}</th>
          <th scope="col">{t('register.files')}</th>
          <th scope="col">{t('register.by')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td>{dateTime(e.at)}</td>
            <td>
              {e.candidateId && e.candidateName ? (
                <Link href={`/candidates/${encodeURIComponent(e.candidateId)}`}>
                  {e.candidateName}
                </Link>
              ) : (
                t('register.erased', { pseudonym: e.pseudonym.slice(0, 12) })
              )}
            </td>
            <td>{e.recipientName ?? e.recipientId}</td>
            <td>
              {e.missionPosition ?? (e.missionId === null ? t('register.internal') : e.missionId)}
            </td>
            <td>{categoryNames(t, e.categories)}</td>
            <td>
              <ul className="plain">
                {e.files.map((f) => (
                  <li key={f.name}>
                    {f.name} <code title={f.sha256}>{f.sha256.slice(0, 12)}…</code>
                  </li>
                ))}
              </ul>
            </td>
            <td>{e.byName ?? e.by}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
