import { useI18n } from '../../components/i18n-context';
import { RegisterTable } from './register-table';
import { useRegister } from './use-disclosures';

type PanelProps = { personType: 'candidate' | 'referee' | 'contact'; personId: string };

/** The candidate page's part of the disclosure register: what was sent, to whom, when. */
export function SentPanel({ personType, personId }: PanelProps) {
  const { t } = useI18n();
  const sent = useRegister({ candidateId: personId });
  if (personType !== 'candidate') return null;
  return (
    <section className="panel" aria-labelledby="sent-heading">
      <h2 id="sent-heading">{t('disclosure.sent')}</h2>
      {sent && <RegisterTable entries={sent} />}
    </section>
  );
}
