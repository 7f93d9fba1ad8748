import { useServiceContext } from '../../components/db-context';
import { useI18n } from '../../components/i18n-context';
import { Expander } from '../../components/expander';
import { Link } from '../../components/link';
import { isOpen, openStatuses } from '../../domain/rights-deadlines';
import { setRequestStatus } from '../../services/rights';
import { availableLetters } from '../../services/rights';
import { DeadlineBadge } from './deadline-badge';
import { EffectPanel } from './effect-panel';
import { FailureMessage } from './failure-message';
import { ExtensionForm, IdentityCheckForm, RefuseForm } from './request-forms';
import { today, useRequest } from './use-rights';
import { useAction } from './use-action';
import './rights.css';

/**
 * One request: where it stands, its next step (what answers it), the other actions (progress,
 * identity check, extension, refusal) behind "more actions", and the letters to send.
 */
export function RequestScreen({ id }: { id: string }) {
  const { t, date } = useI18n();
  const data = useRequest(id);
  const makeContext = useServiceContext();
  const { run, busy, failure } = useAction();
  if (!data) return <p>{t('app.loading')}</p>;
  const { request } = data;
  if (!request)
    return (
      <>
        <h1>{t('app.not-found')}</h1>
        <Link href="/rights">{t('rights.ui.back')}</Link>
      </>
    );
  const { subject, recipients } = data;
  const open = isOpen(request.status);
  const name = subject
    ? subject.type === 'candidate'
      ? `${subject.row.identity.firstName} ${subject.row.identity.lastName}`
      : `${subject.row.firstName} ${subject.row.lastName}`
    : request.subjectId === null
      ? t('rights.person.not-found')
      : t('rights.ui.person-gone');

  return (
    <>
      <p className="no-print">
        <Link href="/rights">{t('rights.ui.back')}</Link>
      </p>
      <h1>{t('rights.ui.request-title', { type: t(`rights.type.${request.type}`), name })}</h1>
      <dl>
        <dt>{t('rights.ui.person')}</dt>
        <dd>
          {name}
          {subject && ` — ${t(`rights.ui.kind.${subject.type}`)}`}
        </dd>
        <dt>{t('rights.ui.received-on')}</dt>
        <dd>
          {date(request.receivedOn)} — {t(`rights.channel.${request.channel}`)}
        </dd>
        <dt>{t('rights.ui.due-on')}</dt>
        <dd>
          {date(request.dueOn)} <DeadlineBadge request={request} today={today()} />
          {request.type === 'erasure' && (
            <span className="hint"> {t('rights.ui.due-erasure')}</span>
          )}
        </dd>
        <dt>{t('rights.ui.status')}</dt>
        <dd>{t(`rights.status.${request.status}`)}</dd>
        <dt>{t('rights.ui.language')}</dt>
        <dd>{t(`rights.ui.lang.${request.language}`)}</dd>
        {request.details && (
          <>
            <dt>{t('rights.ui.details')}</dt>
            <dd>{request.details}</dd>
          </>
        )}
        {request.identityCheck && (
          <>
            <dt>{t('rights.ui.identity')}</dt>
            <dd>
              {request.identityCheck.method} — {date(request.identityCheck.on)}
            </dd>
          </>
        )}
        {request.extension && (
          <>
            <dt>{t('rights.ui.extension')}</dt>
            <dd>
              {t('rights.ui.extension-text', {
                dueOn: date(request.extension.dueOn),
                toldOn: date(request.extension.toldOn),
                reason: request.extension.reason,
              })}
            </dd>
          </>
        )}
        {request.closedOn && (
          <>
            <dt>{t('rights.ui.closed-on')}</dt>
            <dd>{date(request.closedOn)}</dd>
          </>
        )}
        {request.refusal && (
          <>
            <dt>{t('rights.ui.refuse-ground')}</dt>
            <dd>{t(`rights.ground.${request.refusal.ground}`)}</dd>
          </>
        )}
        {request.outcome && (
          <>
            <dt>{t('rights.ui.outcome')}</dt>
            <dd>{request.outcome}</dd>
          </>
        )}
        {request.changedFields.length > 0 && (
          <>
            <dt>{t('rights.ui.changed-fields')}</dt>
            <dd>{request.changedFields.join(', ')}</dd>
          </>
        )}
      </dl>
      {!open && request.type !== 'access' && request.type !== 'portability' && (
        <section className="panel" aria-labelledby="recipients-title">
          <h2 id="recipients-title">{t('rights.ui.recipients')}</h2>
          {recipients.length === 0 ? (
            <p>{t('rights.ui.recipients-none')}</p>
          ) : (
            <>
              <p>{t('rights.ui.recipients-hint')}</p>
              <ul>
                {recipients.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {open && (
        <div className="rights-actions no-print">
          {/* The next step first: what answers the request (Art. 12(3)); the rest on demand. */}
          <section aria-labelledby="next-step-title">
            <h2 id="next-step-title">{t('rights.ui.next-step')}</h2>
            {request.identityCheck === null && (
              <p className="hint">{t('rights.ui.identity-not-checked')}</p>
            )}
            <EffectPanel request={request} subject={subject} />
          </section>
          <Expander label={t('rights.ui.more-actions')}>
            <section aria-labelledby="status-title">
              <h2 id="status-title">{t('rights.ui.progress')}</h2>
              {openStatuses
                .filter((s) => s !== request.status)
                .map((s) => (
                  <button
                    key={s}
                    type="button"
                    className="secondary"
                    disabled={busy}
                    onClick={() => void run(() => setRequestStatus(makeContext(), request.id, s))}
                  >
                    {t('rights.ui.set-status', { status: t(`rights.status.${s}`) })}
                  </button>
                ))}
              <FailureMessage failure={failure} />
            </section>
            <section>
              <IdentityCheckForm request={request} />
            </section>
            {request.type !== 'erasure' && request.extension === null && (
              <section>
                <ExtensionForm request={request} />
              </section>
            )}
            <section>
              <RefuseForm request={request} />
            </section>
          </Expander>
        </div>
      )}
      <section className="panel no-print" aria-labelledby="letters-title">
        <h2 id="letters-title">{t('rights.ui.letters')}</h2>
        <ul>
          {availableLetters(request).map((k) => (
            <li key={k}>
              <Link href={`/rights/${request.id}/letter/${k}`}>{t(`rights.ui.letter.${k}`)}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
