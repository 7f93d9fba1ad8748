import { useState, type FormEvent } from 'react';
import { SelectField, useFieldError } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import { saveBlob } from '../../components/download';
import type { DataCategory, FieldIssue } from '../../domain/common';
import { disclosedCategories } from '../../domain/disclosure-scope';
import type { Submission, SubmissionError } from '../../services/disclosure';
import { useDirtyForm } from '../../hooks/use-dirty-form';
import { CategoryCheckboxes } from './category-checkboxes';
import { categoryNames, recipientLabel } from './labels';
import { SubmitRefusal } from './submit-result';
import { isOpen, useCandidateChoices } from './use-disclosures';
import { useDisclosureActions } from './use-disclosure-actions';
import type { Done } from '../../components/action-bar';

/**
 * Submit to client (P3, P4) or share internally (P5): choose the application, the recipient,
 * the categories and documents; the guard decides. A refusal lists every reason with what to do;
 * a success downloads the dossier zip (it is never opened inside the app) and closes the form.
 * The candidate workspace's "Send to a recipient" action.
 */
export function SubmitAction({ personId, done }: { personId: string; done: Done }) {
  const { t } = useI18n();
  const data = useCandidateChoices(personId);
  const actions = useDisclosureActions();
  const [applicationId, setApplicationId] = useState('');
  const [recipientId, setRecipientId] = useState('');
  const [categories, setCategories] = useState<DataCategory[]>([]);
  const [attachmentIds, setAttachmentIds] = useState<string[]>([]);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [outcome, setOutcome] = useState<
    { ok: true; value: Submission } | { ok: false; error: SubmissionError } | null
  >(null);
  const [busy, setBusy] = useState(false);
  const errorOf = useFieldError(issues);
  useDirtyForm(applicationId !== '' || categories.length > 0 || attachmentIds.length > 0);

  if (!data?.candidate) return null;
  const open = data.choices.filter((c) => isOpen(c.application));
  const choice = open.find((c) => c.application.id === applicationId);
  const files = data.attachments.filter((a) => attachmentIds.includes(a.id));
  const implied = disclosedCategories([], files).filter((c) => !categories.includes(c));
  const changed = () => setOutcome(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const result = await actions.submit({
        applicationId,
        recipientId,
        categories,
        attachmentIds,
      });
      setIssues(!result.ok && result.error.reason === 'invalid' ? result.error.issues : []);
      setOutcome(result);
      if (result.ok) {
        saveBlob(result.value.zip, result.value.fileName);
        done(t('disclosure.done'));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {open.length === 0 ? (
        <p>{t('disclosure.noApplication')}</p>
      ) : (
        <form noValidate onSubmit={(e) => void submit(e)} aria-label={t('disclosure.submit.title')}>
          <SelectField
            label={t('disclosure.application')}
            value={applicationId}
            onChange={(v) => {
              changed();
              setApplicationId(v);
              setRecipientId('');
            }}
            placeholder={t('disclosure.choose')}
            options={open.map((c) => ({
              value: c.application.id,
              label: c.mission?.position ?? t('disclosure.generalApplication'),
            }))}
            error={errorOf('applicationId')}
          />
          <SelectField
            label={t('disclosure.recipient')}
            value={recipientId}
            onChange={(v) => {
              changed();
              setRecipientId(v);
            }}
            placeholder={t('disclosure.choose')}
            options={(choice?.recipients ?? []).map((o) => ({
              value: o.id,
              label: recipientLabel(t, o),
            }))}
            error={errorOf('recipientId')}
          />
          <CategoryCheckboxes
            legend={t('disclosure.categories')}
            value={categories}
            onChange={(c) => {
              changed();
              setCategories(c);
            }}
            error={errorOf('categories')}
          />
          <fieldset className="field">
            <legend>{t('disclosure.attachments')}</legend>
            {data.attachments.length === 0 && <p>{t('disclosure.noAttachments')}</p>}
            {data.attachments.map((a) => (
              <label key={a.id} className="check">
                <input
                  type="checkbox"
                  checked={attachmentIds.includes(a.id)}
                  onChange={(e) => {
                    changed();
                    setAttachmentIds((ids) =>
                      e.target.checked ? [...ids, a.id] : ids.filter((x) => x !== a.id),
                    );
                  }}
                />{' '}
                {a.name}
              </label>
            ))}
            {implied.length > 0 && (
              <p className="hint">
                {t('disclosure.implied', { categories: categoryNames(t, implied) })}
              </p>
            )}
          </fieldset>
          <button type="submit" disabled={busy}>
            {t('disclosure.submit')}
          </button>
        </form>
      )}
      {outcome && !outcome.ok && <SubmitRefusal error={outcome.error} />}
    </>
  );
}
