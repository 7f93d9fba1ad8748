import { useI18n } from '../../components/i18n-context';
import { AuditStatus } from './audit-status';
import { useRecentAudit } from './use-audit';

const shown = 200;

/** The audit trail: ids and actions only, never personal data (SPEC §2). */
export function AuditScreen() {
  const { t, plural, dateTime } = useI18n();
  const data = useRecentAudit(shown);
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      <AuditStatus />
      <h2>{plural('audit.recent', shown)}</h2>
      {data && (
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('audit.col.at')}</th>
              <th scope="col">{t('audit.col.actor')}</th>
              <th scope="col">{t('audit.col.action')}</th>
              <th scope="col">{t('audit.col.record')}</th>
              <th scope="col">{t('audit.col.fields')}</th>
            </tr>
          </thead>
          <tbody>
            {data.entries.map((e) => (
              <tr key={e.seq}>
                <td>{e.seq}</td>
                <td>{dateTime(e.at)}</td>
                <td>{data.userNames.get(e.actor) ?? e.actor}</td>
                <td>
                  <code>{e.action}</code>
                </td>
                <td>
                  <code>
                    {e.entity}/{e.id}
                  </code>
                </td>
                <td>{e.fields.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
