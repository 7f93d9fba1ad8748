import { useState, type ComponentType } from 'react';
import { useServiceContext } from '../../components/db-context';
import { useFailureText } from '../../components/failure-text';
import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import { navigate } from '../../components/navigation';
import { Section } from '../../components/section';
import type { Contact } from '../../domain/contact';
import { deleteContact, recordContactTouch, updateContact } from '../../services/records';
import { ContactFields, contactInputOf, type ContactForm } from './contact-fields';
import { useContact, useContactHistory } from './use-organisations';

type Panel = ComponentType<{ personType: 'candidate' | 'referee' | 'contact'; personId: string }>;

const formOf = (c: Contact): ContactForm => ({
  firstName: c.firstName,
  lastName: c.lastName,
  jobTitle: c.jobTitle,
  emails: c.emails.join('\n'),
  phones: c.phones.join('\n'),
  addresses: c.addresses.join('\n'),
  marketingOptOut: c.marketingOptOut,
  lastContactOn: c.lastContactOn,
});

/** A client contact: business details, marketing opt-out, last contact, history. */
export function ContactScreen({ id, panels = [] }: { id: string; panels?: readonly Panel[] }) {
  const { t, date, dateTime } = useI18n();
  const contact = useContact(id);
  const history = useContactHistory(id);
  const makeContext = useServiceContext();
  const failureText = useFailureText();
  const [form, setForm] = useState<ContactForm | null>(null);
  if (contact === undefined) return <p>{t('app.loading')}</p>;
  if (contact === null) return <h1>{t('reason.not-found')}</h1>;
  const current = form ?? formOf(contact);
  return (
    <>
      <p>
        <Link href={`/organisations/${encodeURIComponent(contact.organisationId)}`}>
          ← {t('records.contact.organisation')}
        </Link>
      </p>
      <h1>
        {contact.firstName} {contact.lastName}
      </h1>
      {contact.marketingOptOut && <p className="warning">{t('records.contact.optedOutLong')}</p>}
      <Section
        title={t('records.contact.details')}
        readOnly={contact.restricted !== null}
        onEdit={() => setForm(formOf(contact))}
        onCancel={() => setForm(null)}
        dirty={form !== null && JSON.stringify(form) !== JSON.stringify(formOf(contact))}
        view={
          <dl>
            <dt>{t('records.contact.jobTitle')}</dt>
            <dd>{contact.jobTitle}</dd>
            <dt>{t('records.field.emails')}</dt>
            <dd className="pre">{contact.emails.join('\n')}</dd>
            <dt>{t('records.field.phones')}</dt>
            <dd className="pre">{contact.phones.join('\n')}</dd>
            <dt>{t('records.field.addresses')}</dt>
            <dd className="pre">{contact.addresses.join('\n')}</dd>
            <dt>{t('records.contact.lastContactOn')}</dt>
            <dd>{date(contact.lastContactOn)}</dd>
          </dl>
        }
        onSave={async () => {
          const out = await updateContact(
            makeContext(),
            id,
            contactInputOf(contact.organisationId, current),
            contact.updatedAt,
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
        edit={(issues) => <ContactFields value={current} onChange={setForm} issues={issues} />}
      />
      <p className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() => void recordContactTouch(makeContext(), id)}
        >
          {t('records.contact.recordTouch')}
        </button>{' '}
        <button
          type="button"
          className="danger"
          onClick={async () => {
            if (!confirm(t('records.contact.confirm-delete'))) return;
            const out = await deleteContact(makeContext(), id);
            if (out.ok) navigate(`/organisations/${encodeURIComponent(contact.organisationId)}`);
          }}
        >
          {t('records.contact.delete')}
        </button>
      </p>
      {panels.map((Panel, i) => (
        <Panel key={i} personType="contact" personId={id} />
      ))}
      <section className="panel" aria-labelledby="contact-history">
        <h2 id="contact-history">{t('records.section.history')}</h2>
        <ul>
          {history.map((h) => (
            <li key={h.seq}>
              {dateTime(h.at)} — {h.actorName ?? t('records.history.unknownUser')}: {h.action}
              {h.fields.length > 0 && ` (${h.fields.join(', ')})`}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
