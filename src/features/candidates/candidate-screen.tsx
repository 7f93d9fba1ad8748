import type { ComponentType } from 'react';
import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import { ApplicationsSection } from './applications-section';
import { AttachmentsSection } from './attachments-section';
import { ContactSection } from './contact-section';
import { HistorySection } from './history-section';
import { IdentitySection } from './identity-section';
import { RefereesSection } from './referees-section';
import { SourceSection } from './source-section';
import { useCandidate } from './use-candidate';
import { DeleteCandidate } from './delete-candidate';
import { ListSections } from './list-sections';

type Panel = ComponentType<{ personType: 'candidate' | 'referee' | 'contact'; personId: string }>;

/** A candidate: every category of the policy (P2) as its own section, then its history. */
export function CandidateScreen({ id, panels = [] }: { id: string; panels?: readonly Panel[] }) {
  const { t, date } = useI18n();
  const candidate = useCandidate(id);
  if (candidate === undefined) return <p>{t('app.loading')}</p>;
  if (candidate === null)
    return (
      <>
        <h1>{t('reason.not-found')}</h1>
        <Link href="/candidates">{t('records.list.candidates')}</Link>
      </>
    );
  const readOnly = candidate.restricted !== null;
  return (
    <>
      <p>
        <Link href="/candidates">← {t('records.list.candidates')}</Link>
      </p>
      <h1>
        {candidate.identity.firstName} {candidate.identity.lastName}
      </h1>
      {candidate.restricted !== null && (
        <p role="alert" className="warning">
          {t('records.restricted.banner', { date: date(candidate.restricted.since) })}
        </p>
      )}
      <IdentitySection candidate={candidate} />
      <ContactSection candidate={candidate} />
      <SourceSection candidate={candidate} />
      <ListSections candidate={candidate} />
      <RefereesSection candidateId={id} readOnly={readOnly} />
      <AttachmentsSection ownerType="candidate" ownerId={id} readOnly={readOnly} />
      <ApplicationsSection candidateId={id} readOnly={readOnly} />
      {panels.map((Panel, i) => (
        <Panel key={i} personType="candidate" personId={id} />
      ))}
      <HistorySection candidateId={id} />
      {!readOnly && <DeleteCandidate candidate={candidate} />}
    </>
  );
}
