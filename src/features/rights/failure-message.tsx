import { useI18n } from '../../components/i18n-context';
import { failureKey } from '../../components/failure-text';
import type { RightsFailure } from '../../services/rights';

/** A refused action, in words: the reason and, for an extension, every rule it breaks. */
export function FailureMessage({ failure }: { failure: RightsFailure | null }) {
  const { t } = useI18n();
  if (!failure || failure.reason === 'invalid') return null;
  return (
    <div role="alert" className="error">
      <p>{t(failureKey(failure))}</p>
      {failure.reason === 'extension-refused' && (
        <ul>
          {failure.details.map((d) => (
            <li key={d}>{t(`reason.${d}`)}</li>
          ))}
        </ul>
      )}
      {failure.reason === 'erasure-failed' && <p>{failure.cause}</p>}
    </div>
  );
}
