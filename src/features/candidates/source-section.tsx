import { useState } from 'react';
import { ActionBar } from '../../components/action-bar';
import { useI18n } from '../../components/i18n-context';
import type { Candidate } from '../../domain/candidate';
import { toIsoDate } from '../../domain/common';
import { noticeOwed, noticeState } from '../../domain/notice';
import { NoticeForm } from './notice-form';
import { Section } from '../../components/section';
import { SourceFields } from './source-fields';
import { useSaveCandidate } from './use-save-candidate';

/** Where the data came from (P1) and, when not from the candidate, the Art. 14 notice. */
export function SourceSection({ candidate }: { candidate: Candidate }) {
  const { t, date } = useI18n();
  const save = useSaveCandidate(candidate);
  const initial = { source: candidate.source, collectedOn: candidate.collectedOn };
  const [form, setForm] = useState(initial);
  const state = noticeState(candidate, toIsoDate(new Date()));
  const dateParam = {
    date: date(candidate.notice?.givenOn ?? candidate.noticeDueOn ?? candidate.collectedOn),
  };
  return (
    <>
      <Section
        title={t('records.section.source')}
        readOnly={candidate.restricted !== null}
        onEdit={() => setForm(initial)}
        dirty={JSON.stringify(form) !== JSON.stringify(initial)}
        view={
          <dl>
            <dt>{t('records.field.source')}</dt>
            <dd>{t(`records.source.${candidate.source}`)}</dd>
            <dt>{t('records.field.collectedOn')}</dt>
            <dd>{date(candidate.collectedOn)}</dd>
          </dl>
        }
        onSave={() => save(form)}
        edit={(issues) => <SourceFields value={form} onChange={setForm} issues={issues} />}
      />
      {noticeOwed(candidate.source) && (
        <section className="panel" aria-labelledby="notice-heading">
          <h2 id="notice-heading">{t('records.section.notice')}</h2>
          <p className="hint">{t('records.source.indirect')}</p>
          <p
            role={state === 'overdue' ? 'alert' : undefined}
            className={
              state === 'overdue'
                ? 'error'
                : state === 'due-soon'
                  ? 'warning'
                  : state === 'given'
                    ? 'ok'
                    : undefined
            }
          >
            {t(`records.noticeState.${state}`, dateParam)}
          </p>
          {candidate.notice !== null && (
            <dl>
              <dt>{t('records.field.notice.channel')}</dt>
              <dd>{t(`records.noticeChannel.${candidate.notice.channel}`)}</dd>
              <dt>{t('records.field.notice.givenBy')}</dt>
              <dd>{candidate.notice.givenBy}</dd>
            </dl>
          )}
          {candidate.restricted === null && (
            // Stays mounted once the notice is recorded, so its status message is read out.
            <ActionBar
              label={t('records.section.notice')}
              actions={
                candidate.notice !== null
                  ? []
                  : [
                      {
                        id: 'notice',
                        label: t('workspace.action.notice'),
                        variant: 'primary',
                        form: (done) => (
                          <NoticeForm
                            candidate={candidate}
                            onDone={() => done(t('workspace.done.notice'))}
                          />
                        ),
                      },
                    ]
              }
            />
          )}
        </section>
      )}
    </>
  );
}
