import type { Done } from '../../components/action-bar';
import { useI18n } from '../../components/i18n-context';
import { ConsentForm } from './consent-form';

/** "Record a consent" in the candidate workspace: the form, closed once the consent is saved. */
export function ConsentAction({ personId, done }: { personId: string; done: Done }) {
  const { t } = useI18n();
  return <ConsentForm candidateId={personId} onSaved={() => done(t('consent.saved'))} />;
}
