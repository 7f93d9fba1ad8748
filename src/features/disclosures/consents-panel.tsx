import { useI18n } from '../../components/i18n-context';
import { ConsentsTable } from './consents-table';

type PanelProps = { personType: 'candidate' | 'referee' | 'contact'; personId: string };

/**
 * The candidate page's consent section: the consents and their withdrawal. A new consent is
 * recorded from the workspace's "Record a consent" action (ConsentAction).
 */
export function ConsentsPanel({ personType, personId }: PanelProps) {
  const { t } = useI18n();
  if (personType !== 'candidate') return null;
  return (
    <section className="panel" aria-labelledby="consents-heading">
      <h2 id="consents-heading">{t('consent.title')}</h2>
      <ConsentsTable candidateId={personId} />
    </section>
  );
}
