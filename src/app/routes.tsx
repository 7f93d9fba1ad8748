import { lazy, type ComponentType, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/messages';
import { HomeScreen } from '../features/home/home-screen';

/** Named-export lazy loading: a screen's code loads when it is first opened. */
const lazyNamed = <K extends string, P extends object = object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) => lazy(async () => ({ default: (await load())[name] }));

const AuditScreen = lazyNamed(() => import('../features/audit/audit-screen'), 'AuditScreen');
const RegisterScreen = lazyNamed(
  () => import('../features/disclosures/register-screen'),
  'RegisterScreen',
);
const CandidateDisclosuresScreen = lazyNamed(
  () => import('../features/disclosures/candidate-disclosures-screen'),
  'CandidateDisclosuresScreen',
);
const Art19Panel = lazyNamed(() => import('../features/disclosures/art19-panel'), 'Art19Panel');
const ConsentsPanel = lazyNamed(
  () => import('../features/disclosures/consents-panel'),
  'ConsentsPanel',
);
const SubmitPanel = lazyNamed(() => import('../features/disclosures/submit-panel'), 'SubmitPanel');
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
const dashboardPanels: readonly ComponentType[] = [Art19Panel];

/**
 * Sections that other features contribute to a person's page (consents, retention explanation,
 * rights banner…): the records feature renders them, receiving them from here.
 */
export type PersonPanel = ComponentType<{
  personType: 'candidate' | 'referee' | 'contact';
  personId: string;
}>;
export const personPanels: readonly PersonPanel[] = [ConsentsPanel, SubmitPanel];

/**
 * Every screen, in navigation order. An area appears here only once it is built: no placeholders.
 */
export const routes: readonly Route[] = [
  { path: '/', nav: 'nav.home', render: () => <HomeScreen panels={dashboardPanels} /> },
  { path: '/disclosures', nav: 'nav.disclosures', render: () => <RegisterScreen /> },
  {
    path: '/disclosures/candidates/:id',
    render: (p) => <CandidateDisclosuresScreen id={p.id!} />,
  },
  { path: '/settings', nav: 'nav.settings', render: () => <SettingsScreen /> },
  { path: '/audit', nav: 'nav.audit', render: () => <AuditScreen /> },
];
