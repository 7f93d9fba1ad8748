import { useState } from 'react';
import { useServiceContext } from '../../components/db-context';
import { useFailureText } from '../../components/failure-text';
import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import { navigate } from '../../components/navigation';
import type { Candidate } from '../../domain/candidate';
import { toIsoDate, type FieldIssue } from '../../domain/common';
import { useDirtyForm } from '../../hooks/use-dirty-form';
import { createCandidate } from '../../services/records';
import { ContactFields } from './contact-fields';
import { contactOf, type ContactText } from './contact-text';
import { IdentityFields } from './identity-fields';
import { NotesField } from './notes-section';
import { SourceFields } from './source-fields';

/**
 * A new candidate: who, how to reach them, and where the data came from (required, P1). The
 * other categories are added on the candidate's page, each in its own section.
 */
export function CandidateNewScreen() {
  const { t, lang } = useI18n();
  const makeContext = useServiceContext();
  const failureText = useFailureText();
  // The recruiter's interface language is the best first guess for the candidate's (a German
  // office mostly meets German speakers); it decides the language of the letters and exports.
  const [identity, setIdentity] = useState<Candidate['identity']>({
    firstName: '',
    lastName: '',
    language: lang,
  });
  const [contact, setContact] = useState<ContactText>({ emails: '', phones: '', addresses: '' });
  const [origin, setOrigin] = useState({
    source: '' as Candidate['source'],
    collectedOn: toIsoDate(new Date()),
  });
  const [notes, setNotes] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useDirtyForm(
    !saving && (identity.firstName !== '' || identity.lastName !== '' || contact.emails !== ''),
  );

  const submit = async () => {
    setSaving(true);
    const out = await createCandidate(makeContext(), {
      identity,
      contact: contactOf(contact),
      ...origin,
      notes,
    });
    if (out.ok) return navigate(`/candidates/${encodeURIComponent(out.value.id)}`);
    setSaving(false);
    setIssues(out.error.issues);
    setMessage(failureText(out.error));
  };

  return (
    <>
      <p>
        <Link href="/candidates">← {t('records.list.candidates')}</Link>
      </p>
      <h1>{t('records.candidate.new')}</h1>
      <form
        noValidate
        aria-label={t('records.candidate.new')}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {message && (
          <p role="alert" className="error">
            {message}
          </p>
        )}
        <fieldset>
          <legend>{t('records.section.identity')}</legend>
          <IdentityFields value={identity} onChange={setIdentity} issues={issues} />
        </fieldset>
        <fieldset>
          <legend>{t('records.section.contact')}</legend>
          <ContactFields value={contact} onChange={setContact} issues={issues} />
        </fieldset>
        <fieldset>
          <legend>{t('records.section.source')}</legend>
          <SourceFields value={origin} onChange={setOrigin} issues={issues} />
        </fieldset>
        <NotesField value={notes} onChange={setNotes} issues={issues} />
        <button type="submit" disabled={saving}>
          {t('records.candidate.create')}
        </button>
      </form>
    </>
  );
}
