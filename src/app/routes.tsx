import { lazy, type ComponentType, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/messages';
import { BackupStatusPanel } from '../features/backup/backup-status-panel';
import { HomeScreen } from '../features/home/home-screen';

/** Named-export lazy loading: a screen's code loads when it is first opened. */
const lazyNamed = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

const AuditScreen = lazyNamed(() => import('../features/audit/audit-screen'), 'AuditScreen');
const BackupScreen = lazyNamed(() => import('../features/backup/backup-screen'), 'BackupScreen');
const RestoreScreen = lazyNamed(() => import('../features/backup/restore-screen'), 'RestoreScreen');
const SettingsScreen = lazyNamed(
  () => import('../features/settings/settings-screen'),
  'SettingsScreen',
);

export type Route = {
  path: string;
  /** Shown in the navigation under this label; absent for detail pages. */
  nav?: MessageKey;
  render: (params: Record<string, string>) => ReactNode;
};

/** Panels that features contribute to the home dashboard (features never import each other). */
const dashboardPanels: readonly ComponentType[] = [BackupStatusPanel];

/**
 * Sections that other features contribute to a person's page (consents, retention explanation,
 * rights banner…): the records feature renders them, receiving them from here.
 */
export type PersonPanel = ComponentType<{
  personType: 'candidate' | 'referee' | 'contact';
  personId: string;
}>;
export const personPanels: readonly PersonPanel[] = [];

/**
 * Every screen, in navigation order. An area appears here only once it is built: no placeholders.
 */
export const routes: readonly Route[] = [
  { path: '/', nav: 'nav.home', render: () => <HomeScreen panels={dashboardPanels} /> },
  { path: '/backup', nav: 'nav.backup', render: () => <BackupScreen /> },
  { path: '/backup/restore', render: () => <RestoreScreen /> },
  { path: '/settings', nav: 'nav.settings', render: () => <SettingsScreen /> },
  { path: '/audit', nav: 'nav.audit', render: () => <AuditScreen /> },
];
