import { useI18n } from '../../components/i18n-context';
import { daysLeft, deadlineState } from '../../domain/rights-deadlines';
import type { RightsRequest } from '../../domain/rights-request';

/** Where a request stands against its deadline, in words (never by colour alone). */
export function DeadlineBadge({ request, today }: { request: RightsRequest; today: string }) {
  const { t } = useI18n();
  const state = deadlineState(request, today);
  const days = daysLeft(request.dueOn, today);
  const detail =
    state === 'overdue'
      ? t('rights.ui.days-late', { count: -days })
      : state === 'closed'
        ? ''
        : t('rights.ui.days-left', { count: days });
  return (
    <span className={`deadline deadline-${state}`}>
      {t(`rights.deadline.${state}`)}
      {detail && ` (${detail})`}
    </span>
  );
}
