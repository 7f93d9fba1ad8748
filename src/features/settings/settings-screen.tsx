import type { ComponentType } from 'react';
import { useI18n } from '../../components/i18n-context';
import { useSession } from '../../components/db-context';
import { LanguagePicker } from '../../components/language-picker';
import { StoragePanel } from '../../components/storage-panel';

/** The version, and which build of it when the build was given an id (a release published in place). */
const appVersion = __BUILD_ID__ ? `${__APP_VERSION__} (${__BUILD_ID__})` : __APP_VERSION__;

/** `panels`: what other features add to the settings (team sync), given by the app's routes. */
export function SettingsScreen({ panels = [] }: { panels?: readonly ComponentType[] }) {
  const { t } = useI18n();
  const { user } = useSession();
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <section className="panel" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('settings.language')}</h2>
        <LanguagePicker />
      </section>
      {user && (
        <section className="panel" aria-labelledby="settings-user">
          <h2 id="settings-user">{t('settings.user')}</h2>
          <dl>
            <dt>{t('first-run.name')}</dt>
            <dd>{user.name}</dd>
            <dt>{t('first-run.role')}</dt>
            <dd>{t(`role.${user.role}`)}</dd>
          </dl>
        </section>
      )}
      {panels.map((Panel, i) => (
        <Panel key={i} />
      ))}
      <StoragePanel />
      <section className="panel" aria-labelledby="settings-about">
        <h2 id="settings-about">{t('settings.about')}</h2>
        <p>{t('settings.version', { version: appVersion })}</p>
        <p>{t('settings.no-network')}</p>
      </section>
    </>
  );
}
