import { useI18n } from '../../components/i18n-context';
import { ConsentsPanel } from './consents-panel';
import { RegisterTable } from './register-table';
import { SubmitPanel } from './submit-panel';
import { useCandidateChoices, useRegister } from './use-disclosures';

/**
 * One candidate's consents, submission to a recipient and disclosures so far. The same panels
 * also appear on the candidate's page (personPanels).
 */
export function CandidateDisclosuresScreen({ id }: { id: string }) {
  const { t } = useI18n();
  const data = useCandidateChoices(id);
  const sent = useRegister({ candidateId: id });
  if (!data) return null;
  if (!data.candidate)
    return (
      <>
        <h1>{t('disclosure.page.missing')}</h1>
      </>
    );
  const { firstName, lastName } = data.candidate.identity;
  return (
    <>
      <h1>{t('disclosure.page.title', { name: `${firstName} ${lastName}` })}</h1>
      <ConsentsPanel personType="candidate" personId={id} />
      <SubmitPanel personType="candidate" personId={id} />
      <section className="panel" aria-labelledby="sent-heading">
        <h2 id="sent-heading">{t('disclosure.sent')}</h2>
        {sent && <RegisterTable entries={sent} />}
      </section>
    </>
  );
}
