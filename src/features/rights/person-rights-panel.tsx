import { useState, type FormEvent } from 'react';
import { useServiceContext } from '../../components/db-context';
import { TextField, useFieldError } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import type { PersonType } from '../../domain/common';
import { liftRestriction } from '../../services/rights';
import { FailureMessage } from './failure-message';
import { today, usePersonRights } from './use-rights';
import { useAction } from './use-action';
import './rights.css';

/**
 * On a person's page: the Art. 18 / Art. 21 banner, lifting a restriction once the person was
 * told (Art. 18(3)), their requests, and a link to record a new one.
 */
export function PersonRightsPanel({
  personType,
  personId,
}: {
  personType: PersonType;
  personId: string;
}) {
  const { t, date } = useI18n();
  const data = usePersonRights(personType, personId);
  const makeContext = useServiceContext();
  const [toldOn, setToldOn] = useState(today());
  const { run, busy, failure, issues } = useAction();
  const errorFor = useFieldError(issues);
  if (!data?.subject) return null;
  const { restricted, objected } = data.subject.row;
  const lift = (e: FormEvent) => {
    e.preventDefault();
    void run(() => liftRestriction(makeContext(), personType, personId, { toldOn }));
  };
  return (
    <section className="panel" aria-labelledby="person-rights-title">
      <h2 id="person-rights-title">{t('rights.ui.person-panel')}</h2>
      {restricted && (
        <div className="restriction-banner" role="status">
          <p>{t('rights.ui.restricted-banner', { date: date(restricted.since) })}</p>
          <form onSubmit={lift} noValidate aria-label={t('rights.ui.lift')}>
            <TextField
              label={t('rights.ui.lift-told')}
              type="date"
              value={toldOn}
              onChange={setToldOn}
              error={errorFor('toldOn')}
            />
            <FailureMessage failure={failure} />
            <button type="submit" className="secondary" disabled={busy}>
              {t('rights.ui.lift')}
            </button>
          </form>
        </div>
      )}
      {objected && (
        <p className="restriction-banner" role="status">
          {t('rights.ui.objected-banner', { date: date(objected.since) })}
        </p>
      )}
      {data.requests.length > 0 && (
        <ul>
          {data.requests.map((r) => (
            <li key={r.id}>
              <Link href={`/rights/${r.id}`}>
                {t(`rights.type.${r.type}`)} — {date(r.receivedOn)} —{' '}
                {t(`rights.status.${r.status}`)}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={`/rights?person=${personType}:${encodeURIComponent(personId)}`}>
          {t('rights.ui.new-for-person')}
        </Link>
      </p>
    </section>
  );
}
