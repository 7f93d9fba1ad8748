import { useI18n } from '../../components/i18n-context';
import { useArchive } from './use-retention';

/** The client archive (P8): minimal, read-only, with its own deletion date. */
export function ArchiveTable() {
  const { t, date } = useI18n();
  const entries = useArchive();
  if (!entries) return null;
  if (entries.length === 0) return <p>{t('retention.archive.none')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('retention.archive.col.name')}</th>
          <th scope="col">{t('retention.archive.col.placements')}</th>
          <th scope="col">{t('retention.archive.col.dates')}</th>
          <th scope="col">{t('retention.archive.col.deleteOn')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td>{e.name}</td>
            <td>
              {e.placements.map((p) => (
                <div key={p.missionId}>
                  {t('retention.archive.placement', { position: p.position, client: p.client })}
                </div>
              ))}
            </td>
            <td>
              {e.placements.map((p) => (
                <div key={p.missionId}>
                  {p.submittedOn ? date(p.submittedOn) : '—'} / {p.hiredOn ? date(p.hiredOn) : '—'}
                </div>
              ))}
            </td>
            <td>{date(e.deleteOn)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
