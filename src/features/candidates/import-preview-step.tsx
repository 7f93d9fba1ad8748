import { useState } from 'react';
import { useI18n } from '../../components/i18n-context';
import { VirtualList } from '../../components/virtual-list';
import type { CandidateSource } from '../../domain/candidate';
import type { LanguageCode } from '../../domain/common';
import { explainRetention } from '../../i18n/retention-text';
import {
  chosenRows,
  type ImportChoice,
  type ImportPreview,
  type RowIssue,
} from '../../services/import';

/**
 * Every invalid row (with the value refused and, for a list, the accepted values), every
 * possible duplicate, and every person whose retention is already over (who would be erased
 * at the next sweep, P7), with the reason; nothing written yet.
 */
export function ImportPreviewStep({
  preview,
  onBack,
  onConfirm,
}: {
  preview: ImportPreview;
  onBack: () => void;
  onConfirm: (choice: Required<ImportChoice>) => void;
}) {
  const { t, plural, number, date, dateTime, lang } = useI18n();
  const [includeDuplicates, setIncludeDuplicates] = useState(false);
  const [includeErased, setIncludeErased] = useState(false);
  const [includeExpired, setIncludeExpired] = useState(false);
  const problems = preview.rows.flatMap((r) =>
    r.issues.map((issue) => ({ issue, label: r.label })),
  );
  const expired = preview.rows.filter((r) => r.retentionOver !== null);
  const choice = { includeDuplicates, includeErased, includeExpired };
  const count = chosenRows(preview, choice).length;
  const acceptedLabel = (i: RowIssue, code: string) =>
    i.path.startsWith('identity')
      ? t(`records.lang.${code as LanguageCode}`)
      : t(`records.source.${code as CandidateSource}`);
  const text = (i: RowIssue) =>
    i.code === 'erased-before'
      ? t('reason.erased-before', { date: dateTime(i.erasedAt ?? '') })
      : i.code === 'duplicate-in-file' || i.code === 'duplicate-in-db'
        ? t(`reason.${i.code}`, { row: i.sameAsRow ?? '' })
        : [
            t(`validation.${i.code}`),
            i.value === undefined ? '' : t('records.import.valueWas', { value: i.value }),
            i.accepted === undefined
              ? ''
              : t('records.import.accepted', {
                  values: i.accepted.map((a) => acceptedLabel(i, a)).join(', '),
                }),
          ]
            .filter((s) => s !== '')
            .join(' ');
  return (
    <>
      <h2>{t('records.import.preview')}</h2>
      <p role="status">
        {t('records.import.summary', {
          valid: plural('records.import.valid', preview.counts.valid),
          invalid: plural('records.import.invalid', preview.counts.invalid),
          duplicates: plural('records.import.duplicates', preview.counts.duplicates),
        })}
      </p>
      {preview.counts.blank > 0 && <p>{plural('records.import.blank', preview.counts.blank)}</p>}
      {preview.counts.erased > 0 && (
        <p className="warning">
          {t('records.import.erasedSummary', { count: number(preview.counts.erased) })}
        </p>
      )}
      <p className="warning">{t('records.import.nothingWritten')}</p>
      {problems.length > 0 && (
        <VirtualList
          items={problems}
          rowHeight={44}
          height={Math.min(400, problems.length * 44)}
          label={t('records.import.problems')}
          keyOf={(p) => `${p.issue.row}-${p.issue.path}-${p.issue.code}`}
          renderRow={(p) => (
            <div
              className={
                p.issue.code.startsWith('duplicate') || p.issue.code === 'erased-before'
                  ? 'row warning'
                  : 'row error'
              }
            >
              {t('records.import.rowIssue', {
                row: p.issue.row,
                column: p.issue.column ?? p.issue.path,
                message: text(p.issue),
              })}
              <span className="muted"> {p.label}</span>
            </div>
          )}
        />
      )}
      {expired.length > 0 && (
        <section className="warning" aria-labelledby="import-expired">
          <h3 id="import-expired">{t('records.import.expiredList')}</h3>
          <p>{plural('records.import.expired', expired.length)}</p>
          <ul>
            {expired.map((r) => {
              const why = explainRetention(lang, r.retentionOver!);
              return (
                <li key={r.row}>
                  {t('records.import.expiredRow', {
                    row: r.row,
                    name: r.label,
                    date: date(r.retentionOver!.deleteOn),
                    reason: why.lines.join('; '),
                  })}
                </li>
              );
            })}
          </ul>
          <label className="check">
            <input
              type="checkbox"
              checked={includeExpired}
              onChange={(e) => setIncludeExpired(e.target.checked)}
            />{' '}
            {t('records.import.includeExpired')}
          </label>
        </section>
      )}
      {preview.counts.duplicates > 0 && (
        <label className="check">
          <input
            type="checkbox"
            checked={includeDuplicates}
            onChange={(e) => setIncludeDuplicates(e.target.checked)}
          />{' '}
          {t('records.import.includeDuplicates')}
        </label>
      )}
      {preview.counts.erased > 0 && (
        <label className="check">
          <input
            type="checkbox"
            checked={includeErased}
            onChange={(e) => setIncludeErased(e.target.checked)}
          />{' '}
          {t('records.import.includeErased')}
        </label>
      )}
      <p className="actions">
        <button type="button" disabled={count === 0} onClick={() => onConfirm(choice)}>
          {plural('records.import.confirm', count)}
        </button>{' '}
        <button type="button" className="secondary" onClick={onBack}>
          {t('records.form.back')}
        </button>
      </p>
    </>
  );
}
