import { useState } from 'react';
import { TextField, useFieldError } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import { Section } from '../../components/section';
import type { Candidate } from '../../domain/candidate';
import type { FieldIssue } from '../../domain/common';
import { useSaveCandidate } from './use-save-candidate';

/** The firm's general remarks about the candidate, with the Art. 9 reminder beside the field. */
export function NotesSection({ candidate }: { candidate: Candidate }) {
  const { t } = useI18n();
  const save = useSaveCandidate(candidate);
  const [notes, setNotes] = useState(candidate.notes);
  return (
    <Section
      title={t('records.section.notes')}
      readOnly={candidate.restricted !== null}
      onEdit={() => setNotes(candidate.notes)}
      dirty={notes !== candidate.notes}
      view={
        candidate.notes.trim() === '' ? (
          <p className="muted">{t('records.notes.empty')}</p>
        ) : (
          <p className="notes-text">{candidate.notes}</p>
        )
      }
      onSave={() => save({ notes })}
      edit={(issues) => <NotesField value={notes} onChange={setNotes} issues={issues} />}
    />
  );
}

/** The notes text area, shared by the new-candidate form and the section. */
export function NotesField({
  value,
  onChange,
  issues,
}: {
  value: string;
  onChange: (v: string) => void;
  issues: readonly FieldIssue[];
}) {
  const { t } = useI18n();
  const errorOf = useFieldError(issues);
  return (
    <TextField
      multiline
      label={t('records.section.notes')}
      hint={t('records.art9.reminder')}
      value={value}
      onChange={onChange}
      error={errorOf('notes')}
    />
  );
}
