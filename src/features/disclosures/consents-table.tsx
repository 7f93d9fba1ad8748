import { useState } from 'react';
import { useFailureText } from '../../components/failure-text';
import { useI18n } from '../../components/i18n-context';
import { categoryNames } from './labels';
import { useCandidateConsents } from './use-disclosures';
import { useDisclosureActions, type Withdrawal } from './use-disclosure-actions';
import { WithdrawalForm } from './withdrawal-form';

/**
 * The candidate's consents with their state. Withdrawal (Art. 7(3)) opens a short form whose
 * defaults (today, by email) make it one more click, and records when and how (Art. 7(1)).
 */
export function ConsentsTable({ candidateId }: { candidateId: string }) {
  const { t, date, dateTime } = useI18n();
  const data = useCandidateConsents(candidateId);
  const actions = useDisclosureActions();
  const failureText = useFailureText();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  /** Which withdrawal is being asked: one consent's id, or every consent ('all'). */
  const [asking, setAsking] = useState<string | null>(null);
  if (!data) return null;
  if (data.consents.length === 0) return <p>{t('consent.none')}</p>;
  const open = data.consents.some((c) => c.state === 'active' || c.state === 'future');
  const withdraw = async (w: Withdrawal) => {
    const r =
      asking === 'all'
        ? await actions.withdrawAllConsents(candidateId, w)
        : await actions.withdrawConsent(asking ?? '', w);
    if (r.ok) {
      setAsking(null);
      setMessage({ ok: true, text: t('consent.withdrawn') });
      return { ok: true as const };
    }
    setMessage(null);
    const text = failureText(r.error);
    return {
      ok: false as const,
      issues: r.error.reason === 'invalid' ? r.error.issues : [],
      message: text,
    };
  };
  const form = (
    <WithdrawalForm
      label={asking === 'all' ? t('consent.withdrawAll') : t('consent.withdraw')}
      onSubmit={withdraw}
      onCancel={() => setAsking(null)}
    />
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
                {c.state !== 'withdrawn'
                  ? t(`consent.state.${c.state}`)
                  : c.withdrawalChannel === null
                    ? t('consent.state.withdrawn', { date: date(c.withdrawnOn ?? '') })
                    : t('consent.state.withdrawnHow', {
                        date: date(c.withdrawnOn ?? ''),
                        channel: t(`rights.channel.${c.withdrawalChannel}`),
                      })}
                {c.withdrawalNote !== '' && <div className="hint">{c.withdrawalNote}</div>}
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
                    aria-expanded={asking === c.id}
                    onClick={() => setAsking(c.id)}
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
            aria-expanded={asking === 'all'}
            onClick={() => setAsking('all')}
          >
            {t('consent.withdrawAll')}
          </button>
        </p>
      )}
      {asking !== null && form}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      )}
    </>
  );
}
