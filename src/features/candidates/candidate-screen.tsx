import { useState } from 'react';
import type { Action } from '../../components/action-bar';
import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import {
  workspaceTabs,
  type PersonAction,
  type TabbedPanel,
  type WorkspaceTab,
} from '../../components/person-workspace';
import { Tabs } from '../../components/tabs';
import { AddApplicationForm } from './add-application-form';
import { ApplicationsSection } from './applications-section';
import { AttachmentsSection } from './attachments-section';
import { CandidateSummary } from './candidate-summary';
import { ContactSection } from './contact-section';
import { DeleteCandidate } from './delete-candidate';
import { HistorySection } from './history-section';
import { IdentitySection } from './identity-section';
import { ListSections } from './list-sections';
import { NotesSection } from './notes-section';
import { RefereesSection } from './referees-section';
import { SourceSection } from './source-section';
import { useCandidate } from './use-candidate';

/**
 * A candidate as a workspace: the summary header (where this person stands, the main actions),
 * then the details in tabs — every category of the policy (P2) in its own section, the
 * applications and consents, the documents, rights and retention, the history. Other features
 * contribute panels and actions through app/routes.tsx. Each form opens only when asked.
 */
export function CandidateScreen({
  id,
  panels = [],
  actions = [],
}: {
  id: string;
  panels?: readonly TabbedPanel[];
  actions?: readonly PersonAction[];
}) {
  const { t, date } = useI18n();
  const candidate = useCandidate(id);
  const [tab, setTab] = useState<string>('profile');
  if (candidate === undefined) return <p>{t('app.loading')}</p>;
  if (candidate === null)
    return (
      <>
        <h1>{t('reason.not-found')}</h1>
        <Link href="/candidates">{t('records.list.candidates')}</Link>
      </>
    );
  const readOnly = candidate.restricted !== null;
  const name = `${candidate.identity.firstName} ${candidate.identity.lastName}`;
  // A restricted person's data are only stored (Art. 18(2)): no new application or consent; a
  // sending is still tried so that the guard says why it is refused.
  const allowed = readOnly ? actions.filter((a) => a.id === 'request' || a.id === 'send') : actions;
  const mainActions: Action[] = [
    ...allowed.map(({ id: actionId, label, Form }): Action => ({
      id: actionId,
      label: t(label),
      variant: actionId === 'send' ? 'primary' : 'secondary',
      form: (done) => <Form personId={id} personName={name} done={done} />,
    })),
    ...(readOnly
      ? []
      : [
          {
            id: 'application',
            label: t('workspace.action.application'),
            form: (done) => <AddApplicationForm candidateId={id} done={done} />,
          } satisfies Action,
        ]),
  ];
  const contributed = (where: WorkspaceTab) =>
    panels
      .filter((p) => p.tab === where)
      .map(({ Panel }, i) => <Panel key={i} personType="candidate" personId={id} />);
  const content: Record<WorkspaceTab, React.ReactNode> = {
    profile: (
      <div className="workspace-grid">
        <IdentitySection candidate={candidate} />
        <ContactSection candidate={candidate} />
        <SourceSection candidate={candidate} />
        <ListSections candidate={candidate} />
        <NotesSection candidate={candidate} />
        <RefereesSection candidateId={id} readOnly={readOnly} />
        {contributed('profile')}
      </div>
    ),
    applications: (
      <>
        <ApplicationsSection candidateId={id} readOnly={readOnly} />
        {contributed('applications')}
      </>
    ),
    documents: (
      <>
        <AttachmentsSection ownerType="candidate" ownerId={id} readOnly={readOnly} />
        {contributed('documents')}
      </>
    ),
    rights: (
      <>
        {contributed('rights')}
        {!readOnly && <DeleteCandidate candidate={candidate} />}
      </>
    ),
    history: (
      <>
        <HistorySection candidateId={id} />
        {contributed('history')}
      </>
    ),
  };
  return (
    <>
      <p className="back-link">
        <Link href="/candidates">← {t('records.list.candidates')}</Link>
      </p>
      {candidate.restricted !== null && (
        <p role="alert" className="warning">
          {t('records.restricted.banner', { date: date(candidate.restricted.since) })}
        </p>
      )}
      <CandidateSummary candidate={candidate} actions={mainActions} />
      <Tabs
        label={t('workspace.tabs')}
        selected={tab}
        onSelect={setTab}
        tabs={workspaceTabs.map((w) => ({
          id: w,
          label: t(`workspace.tab.${w}`),
          content: content[w],
        }))}
      />
    </>
  );
}
