import { useState } from 'react';
import { useServiceContext } from '../../components/db-context';
import { useFailureText } from '../../components/failure-text';
import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import { navigate } from '../../components/navigation';
import { Section } from '../../components/section';
import {
  deleteOrganisation,
  updateOrganisation,
  type OrganisationView,
} from '../../services/records';
import { ContactsPanel } from './contacts-panel';
import {
  OrganisationFields,
  organisationInputOf,
  type OrganisationForm,
} from './organisation-fields';
import { useClientMissions, useOrganisation } from './use-organisations';

const formOf = (o: OrganisationView): OrganisationForm => ({
  kind: o.kind,
  name: o.name,
  addresses: o.addresses.join('\n'),
  notes: o.notes,
  country: o.country,
  language: o.language,
  role: o.role ?? '',
  transferSafeguard: o.transferSafeguard ?? '',
});

/** An organisation: details (with its EU/EEA transfer flag), its contacts, a client's missions. */
export function OrganisationScreen({ id }: { id: string }) {
  const { t, date } = useI18n();
  const org = useOrganisation(id);
  const makeContext = useServiceContext();
  const failureText = useFailureText();
  const missions = useClientMissions(id);
  const [form, setForm] = useState<OrganisationForm | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (org === undefined) return <p>{t('app.loading')}</p>;
  if (org === null) return <h1>{t('reason.not-found')}</h1>;
  const current = form ?? formOf(org);
  return (
    <>
      <p>
        <Link href={`/clients?kind=${org.kind}`}>← {t('records.organisations.title')}</Link>
      </p>
      <h1>{org.name}</h1>
      <p
        className={
          org.transfer === 'not-covered' ? 'error' : org.transfer === 'covered' ? 'warning' : 'ok'
        }
        role={org.transfer === 'not-covered' ? 'alert' : undefined}
      >
        {t(`records.organisation.kind.${org.kind}`)} · {org.country} ·{' '}
        {t(`records.transfer.${org.transfer}`)}
      </p>
      {message && (
        <p role="alert" className="error">
          {message}
        </p>
      )}
      <Section
        title={t('records.organisation.details')}
        onEdit={() => setForm(formOf(org))}
        onCancel={() => setForm(null)}
        dirty={form !== null && JSON.stringify(form) !== JSON.stringify(formOf(org))}
        view={
          <dl>
            {org.role && (
              <>
                <dt>{t('records.organisation.role')}</dt>
                <dd>{t(`records.role.${org.role}`)}</dd>
              </>
            )}
            <dt>{t('records.organisation.addresses')}</dt>
            <dd className="pre">{org.addresses.join('\n')}</dd>
            <dt>{t('records.organisation.transferSafeguard')}</dt>
            <dd>{org.transferSafeguard ?? '—'}</dd>
            <dt>{t('records.organisation.language')}</dt>
            <dd>{t(`records.lang.${org.language}`)}</dd>
            <dt>{t('records.organisation.notes')}</dt>
            <dd className="pre">{org.notes}</dd>
          </dl>
        }
        onSave={async () => {
          const out = await updateOrganisation(
            makeContext(),
            id,
            organisationInputOf(current),
            org.updatedAt,
          );
          if (out.ok) {
            setForm(null);
            return { ok: true };
          }
          return {
            ok: false,
            issues: out.error.reason === 'invalid' ? out.error.issues : [],
            message: failureText(out.error),
          };
        }}
        edit={(issues) => <OrganisationFields value={current} onChange={setForm} issues={issues} />}
      />
      <ContactsPanel organisationId={id} />
      {org.kind === 'client' && (
        <section className="panel" aria-labelledby="client-missions">
          <h2 id="client-missions">{t('records.list.missions')}</h2>
          <ul>
            {missions.map((m) => (
              <li key={m.id}>
                <Link href={`/missions/${encodeURIComponent(m.id)}`}>{m.position}</Link> —{' '}
                {t(`records.missionStatus.${m.status}`)}, {date(m.openedOn)}
              </li>
            ))}
          </ul>
          <Link href={`/missions/new?client=${encodeURIComponent(id)}`} className="button">
            {t('records.mission.new')}
          </Link>
        </section>
      )}
      <p>
        <button
          type="button"
          className="danger"
          onClick={async () => {
            if (!confirm(t('records.organisation.confirm-delete'))) return;
            const out = await deleteOrganisation(makeContext(), id);
            if (out.ok) navigate(`/clients?kind=${org.kind}`);
            else setMessage(failureText(out.error));
          }}
        >
          {t('records.organisation.delete')}
        </button>
      </p>
    </>
  );
}
