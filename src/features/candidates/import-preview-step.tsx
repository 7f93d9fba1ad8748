import { useState } from 'react';
import { useI18n } from '../../components/i18n-context';
import { VirtualList } from '../../components/virtual-list';
import type { ImportPreview, RowIssue } from '../../services/import';

/** Every invalid row and every possible duplicate, with its reason; nothing written yet. */
export function ImportPreviewStep({
  preview,
  onBack,
  onConfirm,
}: {
  preview: ImportPreview;
  onBack: () => void;
  onConfirm: (choice: { includeDuplicates: boolean; includeErased: boolean }) => void;
}) {
  const { t, plural, number, dateTime } = useI18n();
  const [includeDuplicates, setIncludeDuplicates] = useState(false);
  const [includeErased, setIncludeErased] = useState(false);
  const problems = preview.rows.flatMap((r) =>
    r.issues.map((issue) => ({ issue, label: r.label })),
  );
  const count =
    preview.counts.valid +
    (includeDuplicates ? preview.counts.duplicates : 0) +
    (includeErased ? preview.counts.erased : 0);
  const text = (i: RowIssue) =>
    i.code === 'erased-before'
      ? t('reason.erased-before', { date: dateTime(i.erasedAt ?? '') })
      : i.code === 'duplicate-in-file' || i.code === 'duplicate-in-db'
        ? t(`reason.${i.code}`, { row: i.sameAsRow ?? '' })
        : t(`validation.${i.code}`);
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
        <button
          type="button"
          disabled={count === 0}
          onClick={() => onConfirm({ includeDuplicates, includeErased })}
        >
          {plural('records.import.confirm', count)}
        </button>{' '}
        <button type="button" className="secondary" onClick={onBack}>
          {t('records.form.back')}
        </button>
      </p>
    </>
  );
}
