import { useI18n } from '../../components/i18n-context';
import { assertNever } from '../../domain/assert-never';
import type { SubmissionError } from '../../services/disclosure';
import { categoryNames } from './labels';

/** Every reason a submission was refused, each with what to do, in plain words. */
export function SubmitRefusal({ error }: { error: SubmissionError }) {
  const { t } = useI18n();
  switch (error.reason) {
    case 'refused':
      return (
        <div role="alert" className="error">
          <p>
            <strong>{t('disclosure.refused')}</strong>
          </p>
          <ul>
            {error.reasons.map((code) => (
              <li key={code}>
                {t(`reason.${code}`, { categories: categoryNames(t, error.uncovered) })}{' '}
                <em>{t(`reason.${code}.todo`)}</em>
              </li>
            ))}
          </ul>
        </div>
      );
    case 'application-closed':
    case 'changed-meanwhile':
      return (
        <p role="alert" className="error">
          {t(`reason.${error.reason}`)}
        </p>
      );
    case 'not-found':
      return (
        <p role="alert" className="error">
          {t('disclosure.error.not-found')}
        </p>
      );
    case 'invalid':
      return null; // shown beside the fields
    default:
      return assertNever(error);
  }
}
