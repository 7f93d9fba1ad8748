import { ActionBar } from '../../components/action-bar';
import { useI18n } from '../../components/i18n-context';
import type { PersonType } from '../../domain/common';
import { isHoldActive } from '../../domain/retention-decisions';
import { toIsoDate } from '../../domain/common';
import { explainRetention } from '../../i18n/retention-text';
import { HoldForm } from './hold-form';
import { usePersonRetention } from './use-retention';

/**
 * On a person's page: "kept until 12 March 2029 because: submitted to Client X on 12 March 2026
 * (3 years, policy rule P7)", the German block if any, the holds, and placing a hold (its form
 * opens when asked).
 */
export function PersonRetentionPanel({
  personType,
  personId,
}: {
  personType: PersonType;
  personId: string;
}) {
  const { t, lang, date } = useI18n();
  const data = usePersonRetention(personType, personId);
  if (!data?.value) return null;
  const { date: retention, held, holds, missions } = data.value;
  const text = explainRetention(lang, retention, (id) => missions.get(id), held);
  const today = toIsoDate(new Date());
  const active = holds.filter((h) => isHoldActive(h, today));
  return (
    <section className="panel" aria-labelledby={`retention-${personId}`}>
      <h2 id={`retention-${personId}`}>{t('retention.person.title')}</h2>
      <p>{text.heading}</p>
      <ul>
        {text.lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      {text.blocked && <p className="warning">{text.blocked}</p>}
      {active.map((h) => (
        <p key={h.id} className="warning">
          {t('retention.person.heldBy', { reason: t(`retention.hold.${h.reason}`) })}{' '}
          {h.endsOn
            ? t('retention.hold.until', { date: date(h.endsOn) })
            : t('retention.hold.open')}
        </p>
      ))}
      <ActionBar
        label={t('retention.person.title')}
        actions={[
          {
            id: 'hold',
            label: t('workspace.action.hold'),
            form: (done) => (
              <HoldForm
                personType={personType}
                personId={personId}
                onPlaced={() => done(t('retention.holds.placed'))}
              />
            ),
          },
        ]}
      />
    </section>
  );
}
