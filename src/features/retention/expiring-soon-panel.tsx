import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import { ExpiringList } from './expiring-list';
import { useRetentionRules } from './use-retention';

/** The home dashboard's "expiring soon": who is due within the warning days, and why. */
export function ExpiringSoonPanel() {
  const { t } = useI18n();
  const rules = useRetentionRules();
  if (!rules) return null;
  return (
    <section className="panel" aria-labelledby="dashboard-expiring">
      <h2 id="dashboard-expiring">{t('retention.expiring.title')}</h2>
      <ExpiringList warnDays={rules.warnDays} limit={10} />
      <p>
        <Link href="/retention">{t('retention.expiring.all')}</Link>
      </p>
    </section>
  );
}
