import { useI18n } from '../../components/i18n-context';
import { ConsentForm } from './consent-form';
import { ConsentsTable } from './consents-table';

type PanelProps = { personType: 'candidate' | 'referee' | 'contact'; personId: string };

/** The candidate page's consent section: the consents, their withdrawal, a new consent. */
export function ConsentsPanel({ personType, personId }: PanelProps) {
  const { t } = useI18n();
  if (personType !== 'candidate') return null;
  return (
    <section className="panel" aria-labelledby="consents-heading">
      <h2 id="consents-heading">{t('consent.title')}</h2>
      <ConsentsTable candidateId={personId} />
      <ConsentForm candidateId={personId} />
    </section>
  );
}
