import type { Done } from '../../components/action-bar';
import { useI18n } from '../../components/i18n-context';
import { NewRequestForm } from './new-request-form';

/** "Record a request" in the candidate workspace: the request form with this person chosen. */
export function RequestAction({
  personId,
  personName,
  done,
}: {
  personId: string;
  personName: string;
  done: Done;
}) {
  const { t } = useI18n();
  return (
    <NewRequestForm
      initialPerson={{ type: 'candidate', id: personId, name: personName }}
      onRecorded={() => done(t('workspace.done.request'))}
    />
  );
}
