import { useState } from 'react';
import { useServiceContext } from '../../components/db-context';
import { useFailureText } from '../../components/failure-text';
import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import { toIsoDate, type FieldIssue } from '../../domain/common';
import { useDirtyForm } from '../../hooks/use-dirty-form';
import { createContact } from '../../services/records';
import { ContactFields, contactInputOf, type ContactForm } from './contact-fields';
import { useContacts } from './use-organisations';

const blank = (): ContactForm => ({
  firstName: '',
  lastName: '',
  jobTitle: '',
  emails: '',
  phones: '',
  addresses: '',
  marketingOptOut: false,
  lastContactOn: toIsoDate(new Date()),
});

/** The organisation's contacts, and a form to add one. */
export function ContactsPanel({ organisationId }: { organisationId: string }) {
  const { t, date } = useI18n();
  const makeContext = useServiceContext();
  const failureText = useFailureText();
  const contacts = useContacts(organisationId);
  const [form, setForm] = useState<ContactForm | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  useDirtyForm(form !== null);
  const save = async () => {
    if (!form) return;
    const out = await createContact(makeContext(), contactInputOf(organisationId, form));
    if (out.ok) {
      setForm(null);
      setIssues([]);
      setMessage(null);
    } else {
      setIssues(out.error.issues);
      setMessage(failureText(out.error));
    }
  };
  return (
    <section className="panel" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{t('records.contacts.title')}</h2>
      {contacts.length === 0 && <p className="muted">{t('records.section.none')}</p>}
      <ul>
        {contacts.map((c) => (
          <li key={c.id}>
            <Link href={`/contacts/${encodeURIComponent(c.id)}`}>
              {c.firstName} {c.lastName}
            </Link>
            {c.jobTitle && `, ${c.jobTitle}`} — {t('records.contact.lastContactOn')}{' '}
            {date(c.lastContactOn)}
            {c.marketingOptOut && <span className="badge">{t('records.contact.optedOut')}</span>}
          </li>
        ))}
      </ul>
      {form ? (
        <form
          noValidate
          aria-label={t('records.contact.add')}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          {message && (
            <p role="alert" className="error">
              {message}
            </p>
          )}
          <ContactFields value={form} onChange={setForm} issues={issues} />
          <p className="actions">
            <button type="submit">{t('records.form.save')}</button>{' '}
            <button type="button" className="secondary" onClick={() => setForm(null)}>
              {t('records.form.cancel')}
            </button>
          </p>
        </form>
      ) : (
        <button type="button" className="secondary" onClick={() => setForm(blank())}>
          {t('records.contact.add')}
        </button>
      )}
    </section>
  );
}
