import { useServiceContext } from '../../components/db-context';
import { useI18n } from '../../components/i18n-context';
import { navigate } from '../../components/navigation';
import type { Candidate } from '../../domain/candidate';
import { deleteCandidate } from '../../services/records';

/** A user deletion, confirmed first (it becomes the shared erasure with its tombstone). */
export function DeleteCandidate({ candidate }: { candidate: Candidate }) {
  const { t } = useI18n();
  const makeContext = useServiceContext();
  return (
    <p>
      <button
        type="button"
        className="danger"
        onClick={async () => {
          if (!confirm(t('records.candidate.confirm-delete'))) return;
          const out = await deleteCandidate(makeContext(), candidate.id);
          if (out.ok) navigate('/candidates');
        }}
      >
        {t('records.candidate.delete')}
      </button>
    </p>
  );
}
