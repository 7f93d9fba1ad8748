import { useI18n } from '../../components/i18n-context';
import { SyncSettingsPanel } from './sync-settings-panel';
import { SyncStatusBar } from './sync-status';
import { useQuarantine } from './use-sync';

/** The sync screen: the status, the connection, and the documents from the hub set aside. */
export function SyncScreen() {
  const { t, dateTime } = useI18n();
  const quarantine = useQuarantine();
  return (
    <>
      <h1>{t('sync.screen.title')}</h1>
      <SyncStatusBar />
      <SyncSettingsPanel />
      <section className="panel" aria-labelledby="sync-quarantine">
        <h2 id="sync-quarantine">{t('sync.screen.quarantine')}</h2>
        <p>{t('sync.screen.quarantine-intro')}</p>
        {quarantine?.length === 0 && <p>{t('sync.screen.quarantine-none')}</p>}
        {quarantine && quarantine.length > 0 && (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('sync.screen.document')}</th>
                <th scope="col">{t('sync.screen.reason')}</th>
                <th scope="col">{t('sync.screen.fields')}</th>
                <th scope="col">{t('sync.screen.at')}</th>
              </tr>
            </thead>
            <tbody>
              {quarantine.map((q) => (
                <tr key={q.id}>
                  <td>
                    <code>{q.docId}</code> <small>{q.rev}</small>
                  </td>
                  <td>{q.reason}</td>
                  <td>{q.paths.join(', ')}</td>
                  <td>{dateTime(q.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
