import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import { useLocation } from '../../components/navigation';
import type { PersonType } from '../../domain/common';
import { DeadlineBadge } from './deadline-badge';
import { NewRequestForm } from './new-request-form';
import { today, usePersonRights, useRequestRegister } from './use-rights';
import './rights.css';

/** `?person=candidate:<id>`: a request started from a person's page. */
function usePrefill() {
  const { search } = useLocation();
  const [type, id] = (search.get('person') ?? '').split(':');
  const valid = (type === 'candidate' || type === 'referee' || type === 'contact') && id;
  const person = usePersonRights((valid ? type : 'candidate') as PersonType, valid ? id : '');
  if (!valid || !person?.subject) return undefined;
  const s = person.subject;
  const name =
    s.type === 'candidate'
      ? `${s.row.identity.firstName} ${s.row.identity.lastName}`
      : `${s.row.firstName} ${s.row.lastName}`;
  return { type: s.type, id: s.row.id, name };
}

/** The register of rights requests, newest first, and the form to record a new one. */
export function RightsScreen() {
  const { t, date } = useI18n();
  const register = useRequestRegister();
  const prefill = usePrefill();
  const day = today();
  return (
    <>
      <h1>{t('rights.ui.title')}</h1>
      <p>{t('rights.ui.intro')}</p>
      <p>
        <Link href="/rights/art30">{t('rights.ui.art30-link')}</Link>
      </p>
      <section className="panel">
        <NewRequestForm key={prefill?.id ?? 'blank'} initialPerson={prefill} />
      </section>
      <h2>{t('rights.ui.register-title')}</h2>
      {register && register.requests.length === 0 && <p>{t('rights.ui.none')}</p>}
      {register && register.requests.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('rights.ui.received-on')}</th>
              <th scope="col">{t('rights.ui.type')}</th>
              <th scope="col">{t('rights.ui.person')}</th>
              <th scope="col">{t('rights.ui.status')}</th>
              <th scope="col">{t('rights.ui.due-on')}</th>
            </tr>
          </thead>
          <tbody>
            {register.requests.map((r) => (
              <tr key={r.id}>
                <td>{date(r.receivedOn)}</td>
                <td>
                  <Link href={`/rights/${r.id}`}>{t(`rights.type.${r.type}`)}</Link>
                </td>
                <td>
                  {r.subjectId === null
                    ? t('rights.person.not-found')
                    : (register.names.get(r.subjectId) ?? t('rights.ui.person-gone'))}
                </td>
                <td>{t(`rights.status.${r.status}`)}</td>
                <td>
                  {date(r.dueOn)} <DeadlineBadge request={r} today={day} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
