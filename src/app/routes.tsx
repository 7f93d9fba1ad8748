import { lazy, type ComponentType, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/messages';
import type { PersonAction, PersonPanel, TabbedPanel } from '../components/person-workspace';
// Home's panels are part of the start graph: each reads its data as soon as Home renders, none
// waits for its own code to arrive first.
import { Art19Panel } from '../features/disclosures/art19-panel';
import { BackupStatusPanel } from '../features/backup/backup-status-panel';
import { HomeScreen } from '../features/home/home-screen';
import { NoticesDuePanel } from '../features/candidates/notices-due-panel';
import { ExpiringSoonPanel } from '../features/retention/expiring-soon-panel';
import { PersonRetentionPanel } from '../features/retention/person-retention-panel';
import { RightsDashboardPanel } from '../features/rights/rights-dashboard-panel';
import { PersonRightsPanel } from '../features/rights/person-rights-panel';

/** Named-export lazy loading: a screen's code loads when it is first opened. */
const lazyNamed = <K extends string, P extends object = object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) => lazy(async () => ({ default: (await load())[name] }));

const AuditScreen = lazyNamed(() => import('../features/audit/audit-screen'), 'AuditScreen');
const BackupScreen = lazyNamed(() => import('../features/backup/backup-screen'), 'BackupScreen');
const RestoreScreen = lazyNamed(() => import('../features/backup/restore-screen'), 'RestoreScreen');
export const FirstRunRestore = lazyNamed(
  () => import('../features/backup/restore-screen'),
  'FirstRunRestore',
);
const CandidatesScreen = lazyNamed(
  () => import('../features/candidates/candidates-screen'),
  'CandidatesScreen',
);
const CandidateNewScreen = lazyNamed(
  () => import('../features/candidates/candidate-new-screen'),
  'CandidateNewScreen',
);
const CandidateScreen = lazyNamed(
  () => import('../features/candidates/candidate-screen'),
  'CandidateScreen',
);
const RefereeScreen = lazyNamed(
  () => import('../features/candidates/referee-screen'),
  'RefereeScreen',
);
const ImportScreen = lazyNamed(
  () => import('../features/candidates/import-screen'),
  'ImportScreen',
);
const OrganisationsScreen = lazyNamed(
  () => import('../features/organisations/organisations-screen'),
  'OrganisationsScreen',
);
const OrganisationNewScreen = lazyNamed(
  () => import('../features/organisations/organisation-new-screen'),
  'OrganisationNewScreen',
);
const OrganisationScreen = lazyNamed(
  () => import('../features/organisations/organisation-screen'),
  'OrganisationScreen',
);
const ContactScreen = lazyNamed(
  () => import('../features/organisations/contact-screen'),
  'ContactScreen',
);
const MissionsScreen = lazyNamed(
  () => import('../features/missions/missions-screen'),
  'MissionsScreen',
);
const MissionNewScreen = lazyNamed(
  () => import('../features/missions/mission-new-screen'),
  'MissionNewScreen',
);
const MissionScreen = lazyNamed(
  () => import('../features/missions/mission-screen'),
  'MissionScreen',
);
const RetentionScreen = lazyNamed(
  () => import('../features/retention/retention-screen'),
  'RetentionScreen',
);
const RegisterScreen = lazyNamed(
  () => import('../features/disclosures/register-screen'),
  'RegisterScreen',
);
const ConsentsPanel = lazyNamed(
  () => import('../features/disclosures/consents-panel'),
  'ConsentsPanel',
);
const SubmitAction = lazyNamed(
  () => import('../features/disclosures/submit-action'),
  'SubmitAction',
);
const ConsentAction = lazyNamed(
  () => import('../features/disclosures/consent-action'),
  'ConsentAction',
);
const RequestAction = lazyNamed(() => import('../features/rights/request-action'), 'RequestAction');
const RightsScreen = lazyNamed(() => import('../features/rights/rights-screen'), 'RightsScreen');
const RequestScreen = lazyNamed(() => import('../features/rights/request-screen'), 'RequestScreen');
const LetterScreen = lazyNamed(() => import('../features/rights/letter-screen'), 'LetterScreen');
const Art30Screen = lazyNamed(() => import('../features/rights/art30-screen'), 'Art30Screen');
const SentPanel = lazyNamed(() => import('../features/disclosures/sent-panel'), 'SentPanel');
const SettingsScreen = lazyNamed(
  () => import('../features/settings/settings-screen'),
  'SettingsScreen',
);
const SyncScreen = lazyNamed(() => import('../features/sync/sync-screen'), 'SyncScreen');
const SyncSettingsPanel = lazyNamed(
  () => import('../features/sync/sync-settings-panel'),
  'SyncSettingsPanel',
);
/** Team sync's status in the shell's header, and its choice on the first-run screen. */
export const SyncStatusBar = lazyNamed(
  () => import('../features/sync/sync-status'),
  'SyncStatusBar',
);
export const FirstRunConnect = lazyNamed(
  () => import('../features/sync/first-run-connect'),
  'FirstRunConnect',
);

export type Route = {
  path: string;
  /** Shown in the navigation under this label; absent for detail pages. */
  nav?: MessageKey;
  render: (params: Record<string, string>) => ReactNode;
};

/** Panels that features contribute to the home dashboard (features never import each other). */
const dashboardPanels: readonly ComponentType[] = [
  RightsDashboardPanel,
  Art19Panel,
  ExpiringSoonPanel,
  NoticesDuePanel,
  BackupStatusPanel,
];

/**
 * Sections that other features contribute to a person's page (consents, retention explanation,
 * rights banner…): the records feature renders them, receiving them from here.
 */
export const personPanels: readonly PersonPanel[] = [
  PersonRightsPanel,
  PersonRetentionPanel,
  ConsentsPanel,
  SentPanel,
];

/** The same panels on the candidate workspace, each in its tab. */
export const candidatePanels: readonly TabbedPanel[] = [
  { tab: 'applications', Panel: ConsentsPanel },
  { tab: 'applications', Panel: SentPanel },
  { tab: 'rights', Panel: PersonRightsPanel },
  { tab: 'rights', Panel: PersonRetentionPanel },
];

/** The main actions other features contribute to the candidate workspace's summary header. */
export const candidateActions: readonly PersonAction[] = [
  { id: 'send', label: 'disclosure.submit.title', Form: SubmitAction },
  { id: 'consent', label: 'consent.new', Form: ConsentAction },
  { id: 'request', label: 'workspace.action.request', Form: RequestAction },
];

/**
 * Every screen, in navigation order. An area appears here only once it is built: no placeholders.
 */
export const routes: readonly Route[] = [
  { path: '/', nav: 'nav.home', render: () => <HomeScreen panels={dashboardPanels} /> },
  { path: '/candidates', nav: 'nav.candidates', render: () => <CandidatesScreen /> },
  { path: '/candidates/new', render: () => <CandidateNewScreen /> },
  { path: '/candidates/import', render: () => <ImportScreen /> },
  {
    path: '/candidates/:id',
    render: (p) => (
      <CandidateScreen key={p.id} id={p.id!} panels={candidatePanels} actions={candidateActions} />
    ),
  },
  {
    path: '/referees/:id',
    render: (p) => <RefereeScreen key={p.id} id={p.id!} panels={personPanels} />,
  },
  { path: '/clients', nav: 'nav.clients', render: () => <OrganisationsScreen /> },
  { path: '/organisations/new', render: () => <OrganisationNewScreen /> },
  { path: '/organisations/:id', render: (p) => <OrganisationScreen key={p.id} id={p.id!} /> },
  {
    path: '/contacts/:id',
    render: (p) => <ContactScreen key={p.id} id={p.id!} panels={personPanels} />,
  },
  { path: '/missions', nav: 'nav.missions', render: () => <MissionsScreen /> },
  { path: '/missions/new', render: () => <MissionNewScreen /> },
  { path: '/missions/:id', render: (p) => <MissionScreen key={p.id} id={p.id!} /> },
  { path: '/disclosures', nav: 'nav.disclosures', render: () => <RegisterScreen /> },
  { path: '/retention', nav: 'nav.retention', render: () => <RetentionScreen /> },
  { path: '/rights', nav: 'nav.rights', render: () => <RightsScreen /> },
  { path: '/rights/art30', render: () => <Art30Screen /> },
  { path: '/rights/:id', render: (p) => <RequestScreen id={p.id!} /> },
  {
    path: '/rights/:id/letter/:kind',
    render: (p) => <LetterScreen id={p.id!} kind={p.kind!} />,
  },
  { path: '/backup', nav: 'nav.backup', render: () => <BackupScreen /> },
  { path: '/backup/restore', render: () => <RestoreScreen /> },
  {
    path: '/settings',
    nav: 'nav.settings',
    render: () => <SettingsScreen panels={[SyncSettingsPanel]} />,
  },
  { path: '/sync', render: () => <SyncScreen /> },
  { path: '/audit', nav: 'nav.audit', render: () => <AuditScreen /> },
];
