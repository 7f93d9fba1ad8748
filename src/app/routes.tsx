import { lazy, type ComponentType, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/messages';
import { HomeScreen } from '../features/home/home-screen';
import { RightsDashboardPanel } from '../features/rights/rights-dashboard-panel';
import { PersonRightsPanel } from '../features/rights/person-rights-panel';

/** Named-export lazy loading: a screen's code loads when it is first opened. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props: the route passes them
const lazyNamed = <K extends string, C extends ComponentType<any>>(
  load: () => Promise<Record<K, C>>,
  name: K,
) => lazy(async () => ({ default: (await load())[name] }));

const AuditScreen = lazyNamed(() => import('../features/audit/audit-screen'), 'AuditScreen');
const RightsScreen = lazyNamed(() => import('../features/rights/rights-screen'), 'RightsScreen');
const RequestScreen = lazyNamed(() => import('../features/rights/request-screen'), 'RequestScreen');
const LetterScreen = lazyNamed(() => import('../features/rights/letter-screen'), 'LetterScreen');
const Art30Screen = lazyNamed(() => import('../features/rights/art30-screen'), 'Art30Screen');
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
const dashboardPanels: readonly ComponentType[] = [RightsDashboardPanel];

/**
 * Sections that other features contribute to a person's page (consents, retention explanation,
 * rights banner…): the records feature renders them, receiving them from here.
 */
export type PersonPanel = ComponentType<{
  personType: 'candidate' | 'referee' | 'contact';
  personId: string;
}>;
export const personPanels: readonly PersonPanel[] = [PersonRightsPanel];

/**
 * Every screen, in navigation order. An area appears here only once it is built: no placeholders.
 */
export const routes: readonly Route[] = [
  { path: '/', nav: 'nav.home', render: () => <HomeScreen panels={dashboardPanels} /> },
  { path: '/rights', nav: 'nav.rights', render: () => <RightsScreen /> },
  { path: '/rights/art30', render: () => <Art30Screen /> },
  { path: '/rights/:id', render: (p) => <RequestScreen id={p.id!} /> },
  {
    path: '/rights/:id/letter/:kind',
    render: (p) => <LetterScreen id={p.id!} kind={p.kind!} />,
  },
  { path: '/settings', nav: 'nav.settings', render: () => <SettingsScreen /> },
  { path: '/audit', nav: 'nav.audit', render: () => <AuditScreen /> },
];
