import { useState } from 'react';
import { useI18n } from '../../components/i18n-context';
import { categoryNames } from './labels';
import { useCandidateConsents } from './use-disclosures';
import { useDisclosureActions } from './use-disclosure-actions';

/** The candidate's consents with their state; withdrawal is one click (Art. 7(3)). */
export function ConsentsTable({ candidateId }: { candidateId: string }) {
  const { t, date, dateTime } = useI18n();
  const data = useCandidateConsents(candidateId);
  const actions = useDisclosureActions();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (!data) return null;
  if (data.consents.length === 0) return <p>{t('consent.none')}</p>;
  const open = data.consents.some((c) => c.state === 'active' || c.state === 'future');
  const done = (r: { ok: boolean; error?: { reason: string } }) =>
    setMessage(
      r.ok
        ? { ok: true, text: t('consent.withdrawn') }
        : {
            ok: false,
            text:
              r.error?.reason === 'consent-already-withdrawn'
                ? t('reason.consent-already-withdrawn')
                : t('disclosure.error.not-found'),
          },
    );
  return (
    <>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('consent.mission')}</th>
            <th scope="col">{t('consent.recipient')}</th>
            <th scope="col">{t('consent.form')}</th>
            <th scope="col">{t('consent.givenOn')}</th>
            <th scope="col">{t('consent.categories')}</th>
            <th scope="col">{t('consent.state')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('consent.withdraw')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {data.consents.map((c) => (
            <tr key={c.id}>
              <td>{data.missions.get(c.missionId)?.position ?? c.missionId}</td>
              <td>{data.orgs.get(c.recipientId)?.name ?? c.recipientId}</td>
              <td>{t(`consent.form.${c.form}`)}</td>
              <td>
                {date(c.givenOn)}
                {c.dataReviewedOn && (
                  <div className="hint">
                    {t('consent.dataReviewedOn')} {date(c.dataReviewedOn)}
                  </div>
                )}
              </td>
              <td>{categoryNames(t, c.categories)}</td>
              <td>
                {c.state === 'withdrawn'
                  ? t('consent.state.withdrawn', { date: date(c.withdrawnOn ?? '') })
                  : t(`consent.state.${c.state}`)}
                <div className="hint">
                  {t('consent.recordedBy', {
                    name: data.users.get(c.recordedBy) ?? c.recordedBy,
                    date: dateTime(c.recordedAt),
                  })}
                </div>
              </td>
              <td>
                {(c.state === 'active' || c.state === 'future') && (
                  <button
                    type="button"
                    className="danger"
                    onClick={() => void actions.withdrawConsent(c.id).then(done)}
                  >
                    {t('consent.withdraw')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {open && (
        <p>
          <button
            type="button"
            className="danger"
            onClick={() => void actions.withdrawAllConsents(candidateId).then(done)}
          >
            {t('consent.withdrawAll')}
          </button>
        </p>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      )}
    </>
  );
}
