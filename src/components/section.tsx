import { useId, useState, type ReactNode } from 'react';
import { useI18n } from './i18n-context';
import { useDirtyForm } from '../hooks/use-dirty-form';
import type { FieldIssue } from '../domain/common';
/** What saving a section gave: done, or the issues to show beside the fields. */
export type SaveOutcome = { ok: true } | { ok: false; issues: FieldIssue[]; message: string };

type Props = {
  title: string;
  /** Shown above the content, view and edit alike (e.g. the Art. 9 reminder). */
  note?: ReactNode;
  view: ReactNode;
  /** The edit form's fields, given the issues of the last save; absent: not editable here. */
  edit?: (issues: readonly FieldIssue[]) => ReactNode;
  /** Called with nothing: the form holds its own state and saves it. */
  onSave?: () => Promise<SaveOutcome>;
  onCancel?: () => void;
  /** The form differs from the record (blocks an app update meanwhile). */
  dirty?: boolean;
  readOnly?: boolean;
  onEdit?: () => void;
};

/** One category of the record: its own heading, view, and edit form with field-level errors. */
export function Section({
  title,
  note,
  view,
  edit,
  onSave,
  onCancel,
  dirty = false,
  readOnly,
  onEdit,
}: Props) {
  const { t } = useI18n();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useDirtyForm(editing && dirty);

  const save = async () => {
    if (!onSave) return;
    setSaving(true);
    const out = await onSave();
    setSaving(false);
    if (out.ok) {
      setEditing(false);
      setIssues([]);
      setMessage(null);
    } else {
      setIssues(out.issues);
      setMessage(out.message);
    }
  };
  const cancel = () => {
    setEditing(false);
    setIssues([]);
    setMessage(null);
    onCancel?.();
  };

  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>{title}</h2>
      {note}
      {editing && edit ? (
        <form
          noValidate
          aria-label={t('records.form.editing', { section: title })}
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
          {edit(issues)}
          <p className="actions">
            <button type="submit" disabled={saving}>
              {t('records.form.save')}
            </button>{' '}
            <button type="button" className="secondary" onClick={cancel}>
              {t('records.form.cancel')}
            </button>
          </p>
        </form>
      ) : (
        <>
          {view}
          {edit && !readOnly && (
            <button
              type="button"
              className="secondary"
              aria-label={t('records.form.edit-section', { section: title })}
              onClick={() => {
                onEdit?.();
                setEditing(true);
              }}
            >
              {t('records.form.edit')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
