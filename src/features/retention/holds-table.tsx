import { useState } from 'react';
import { useI18n } from '../../components/i18n-context';
import { holdErrorText } from './hold-error-text';
import { useActiveHolds, useRetentionActions } from './use-retention';

/** Every hold pausing a deletion today; lifting one is audited. */
export function HoldsTable() {
  const { t, date } = useI18n();
  const holds = useActiveHolds();
  const actions = useRetentionActions();
  const [message, setMessage] = useState<string>();
  if (!holds) return null;
  return (
    <>
      {holds.length === 0 ? (
        <p>{t('retention.holds.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('retention.holds.col.person')}</th>
              <th scope="col">{t('retention.holds.col.reason')}</th>
              <th scope="col">{t('retention.holds.col.since')}</th>
              <th scope="col">{t('retention.holds.col.until')}</th>
              <th scope="col">{t('retention.holds.lift')}</th>
            </tr>
          </thead>
          <tbody>
            {holds.map(({ hold, name }) => (
              <tr key={hold.id}>
                <td>
                  {name ?? t('retention.holds.erased')}{' '}
                  <span className="hint">({t(`retention.personType.${hold.personType}`)})</span>
                </td>
                <td>
                  {t(`retention.hold.${hold.reason}`)}
                  {hold.note && <span className="hint"> {hold.note}</span>}
                </td>
                <td>{date(hold.startsOn)}</td>
                <td>{hold.endsOn ? date(hold.endsOn) : t('retention.holds.untilLifted')}</td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`${t('retention.holds.lift')}: ${name ?? hold.personId}`}
                    onClick={() =>
                      void actions.liftHold(hold.id).then((r) => {
                        setMessage(r.ok ? t('retention.holds.lifted') : holdErrorText(t, r.error));
                      })
                    }
                  >
                    {t('retention.holds.lift')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {message && <p role="status">{message}</p>}
    </>
  );
}
