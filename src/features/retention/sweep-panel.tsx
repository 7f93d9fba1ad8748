import { useState } from 'react';
import { useI18n } from '../../components/i18n-context';
import { useNextSweep } from '../../hooks/use-next-sweep';
import { useLastSweep, useRetentionActions } from './use-retention';

/** The last sweep (when, how many erased, archived, held), the next one, and "run now". */
export function SweepPanel() {
  const { t, dateTime, number } = useI18n();
  const last = useLastSweep();
  const next = useNextSweep();
  const actions = useRetentionActions();
  const [busy, setBusy] = useState(false);
  const record = last?.record;
  return (
    <section className="panel" aria-labelledby="retention-sweep">
      <h2 id="retention-sweep">{t('retention.sweep.title')}</h2>
      <p>{t('retention.sweep.explain')}</p>
      {last && (
        <p data-testid="last-sweep">
          {record
            ? t('retention.sweep.last', {
                when: dateTime(record.at),
                erased: number(record.erased),
                archived: number(record.archived),
                held: number(record.held),
                archiveErased: number(record.archiveErased),
              })
            : t('retention.sweep.never')}
        </p>
      )}
      <p>
        {next
          ? t('retention.sweep.next', { when: dateTime(next.toISOString()) })
          : t('retention.sweep.unknownNext')}
      </p>
      <button
        type="button"
        disabled={actions.sweeping}
        onClick={() => {
          setBusy(false);
          void actions.sweepNow().then((r) => setBusy(r === null));
        }}
      >
        {actions.sweeping ? t('retention.sweep.running') : t('retention.sweep.runNow')}
      </button>
      {busy && <p role="status">{t('retention.sweep.busy')}</p>}
    </section>
  );
}
