import { useState } from 'react';
import { useServiceContext } from '../../components/db-context';
import { useFailureText } from '../../components/failure-text';
import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import type { FieldIssue } from '../../domain/common';
import type { Referee } from '../../domain/referee';
import { useDirtyForm } from '../../hooks/use-dirty-form';
import { createReferee, deleteReferee, updateReferee } from '../../services/records';
import { emptyReferee, RefereeFields, refereeInputOf, type RefereeForm } from './referee-fields';
import { useReferees } from './use-candidate';

const formOf = (r: Referee): RefereeForm => ({
  firstName: r.firstName,
  lastName: r.lastName,
  relationship: r.relationship,
  organisation: r.organisation,
  email: r.email ?? '',
  phone: r.phone ?? '',
  statement: r.statement,
  permissionToContactOn: r.permissionToContactOn ?? '',
});

/** Referees: people in their own right, with what they said and the permission to contact them. */
export function RefereesSection({
  candidateId,
  readOnly,
}: {
  candidateId: string;
  readOnly: boolean;
}) {
  const { t, date } = useI18n();
  const makeContext = useServiceContext();
  const failureText = useFailureText();
  const referees = useReferees(candidateId);
  const [editing, setEditing] = useState<{ id: string | null; form: RefereeForm } | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  useDirtyForm(editing !== null);

  const save = async () => {
    if (!editing) return;
    const input = refereeInputOf(candidateId, editing.form);
    const out =
      editing.id === null
        ? await createReferee(makeContext(), input)
        : await updateReferee(makeContext(), editing.id, input);
    if (out.ok) {
      setEditing(null);
      setIssues([]);
      setMessage(null);
    } else {
      setIssues(out.error.reason === 'invalid' ? out.error.issues : []);
      setMessage(failureText(out.error));
    }
  };

  return (
    <section className="panel" aria-labelledby="referees-heading">
      <h2 id="referees-heading">{t('records.section.references')}</h2>
      {referees.length === 0 && <p className="muted">{t('records.section.none')}</p>}
      <ul className="items">
        {referees.map((r) => (
          <li key={r.id}>
            <strong>
              <Link href={`/referees/${encodeURIComponent(r.id)}`}>
                {r.firstName} {r.lastName}
              </Link>
            </strong>
            {r.relationship && ` — ${r.relationship}`}
            {r.organisation && `, ${r.organisation}`}
            <div className="muted">{[r.email, r.phone].filter(Boolean).join(' · ')}</div>
            {r.statement && <blockquote>{r.statement}</blockquote>}
            <div className={r.permissionToContactOn ? 'ok' : 'warning'}>
              {r.permissionToContactOn
                ? `${t('records.referee.permissionToContactOn')} ${date(r.permissionToContactOn)}`
                : t('records.referee.noPermission')}
            </div>
            {!readOnly && (
              <p className="actions">
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setEditing({ id: r.id, form: formOf(r) })}
                >
                  {t('records.referee.edit-named', { name: `${r.firstName} ${r.lastName}` })}
                </button>{' '}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => {
                    if (confirm(t('records.referee.confirm-delete')))
                      void deleteReferee(makeContext(), r.id);
                  }}
                >
                  {t('records.referee.delete-named', { name: `${r.firstName} ${r.lastName}` })}
                </button>
              </p>
            )}
          </li>
        ))}
      </ul>
      {editing ? (
        <form
          noValidate
          aria-label={t('records.referee.form')}
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
          <RefereeFields
            value={editing.form}
            onChange={(form) => setEditing({ ...editing, form })}
            issues={issues}
          />
          <p className="actions">
            <button type="submit">{t('records.form.save')}</button>{' '}
            <button type="button" className="secondary" onClick={() => setEditing(null)}>
              {t('records.form.cancel')}
            </button>
          </p>
        </form>
      ) : (
        !readOnly && (
          <button
            type="button"
            className="secondary"
            onClick={() => setEditing({ id: null, form: emptyReferee })}
          >
            {t('records.referee.add')}
          </button>
        )
      )}
    </section>
  );
}
