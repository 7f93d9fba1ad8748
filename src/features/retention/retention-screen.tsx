import { useI18n } from '../../components/i18n-context';
import { ArchiveTable } from './archive-table';
import { ExpiringList } from './expiring-list';
import { HoldsTable } from './holds-table';
import { RulesForm } from './rules-form';
import { SweepPanel } from './sweep-panel';
import { useRetentionRules } from './use-retention';

/** Rules and presets, the sweep, who is due soon and why, holds, and the client archive. */
export function RetentionScreen() {
  const { t, number } = useI18n();
  const rules = useRetentionRules();
  return (
    <>
      <h1>{t('retention.title')}</h1>
      <p>{t('retention.intro')}</p>
      <SweepPanel />
      {rules && (
        <section className="panel" aria-labelledby="retention-expiring">
          <h2 id="retention-expiring">{t('retention.expiring.title')}</h2>
          <p>{t('retention.expiring.intro', { days: number(rules.warnDays) })}</p>
          <ExpiringList warnDays={rules.warnDays} />
        </section>
      )}
      <section className="panel" aria-labelledby="retention-holds">
        <h2 id="retention-holds">{t('retention.holds.title')}</h2>
        <HoldsTable />
      </section>
      <section className="panel" aria-labelledby="retention-archive">
        <h2 id="retention-archive">{t('retention.archive.title')}</h2>
        <p>{t('retention.archive.readOnly')}</p>
        <ArchiveTable />
      </section>
      {rules && <RulesForm saved={rules} />}
    </>
  );
}
