import { useState, type ReactNode } from 'react';
import { useI18n } from '../../components/i18n-context';
import type { Candidate, CandidateInput } from '../../domain/candidate';
import type { MessageKey } from '../../i18n/messages';
import { ItemRows, type Row } from './item-rows';
import { Section } from '../../components/section';
import { useSaveCandidate } from './use-save-candidate';

export type ItemField = {
  key: string;
  label: MessageKey;
  kind: 'text' | 'textarea' | 'date' | 'number' | 'url' | 'select';
  options?: readonly { value: string; label: string }[];
  /** Empty means null (an open end date, no year, no attachment). */
  nullable?: boolean;
  hint?: ReactNode;
};

export type ListField =
  | 'qualifications'
  | 'languages'
  | 'experience'
  | 'profileLinks'
  | 'psychometrics'
  | 'interviewNotes';

const toRow = (item: Record<string, unknown>, fields: readonly ItemField[]): Row => {
  const row: Row = {};
  if (typeof item.id === 'string') row.id = item.id;
  for (const f of fields)
    row[f.key] = item[f.key] === null || item[f.key] === undefined ? '' : String(item[f.key]);
  return row;
};

const fromRow = (row: Row, fields: readonly ItemField[], withId: boolean) => {
  const item: Record<string, unknown> = withId ? { id: row.id || crypto.randomUUID() } : {};
  for (const f of fields) {
    const v = row[f.key] ?? '';
    item[f.key] = f.nullable && v.trim() === '' ? null : f.kind === 'number' ? Number(v) : v;
  }
  return item;
};

/** A category that is a list (qualifications, positions, links, tests, notes): view and edit. */
export function ItemsSection({
  candidate,
  field,
  title,
  fields,
  withId = false,
  renderItem,
  note,
  blank = {},
}: {
  candidate: Candidate;
  field: ListField;
  title: string;
  fields: readonly ItemField[];
  withId?: boolean;
  renderItem: (item: CandidateInput[ListField][number]) => ReactNode;
  note?: ReactNode;
  blank?: Row;
}) {
  const { t } = useI18n();
  const save = useSaveCandidate(candidate);
  const items = candidate[field] as unknown as Record<string, unknown>[];
  const [rows, setRows] = useState<Row[]>([]);
  const [base, setBase] = useState<Row[]>([]);
  const start = () => {
    const fresh = items.map((i) => toRow(i, fields));
    setRows(fresh);
    setBase(fresh);
  };
  const set = (i: number, key: string, value: string) =>
    setRows((old) => old.map((r, j) => (j === i ? { ...r, [key]: value } : r)));

  return (
    <Section
      title={title}
      note={note}
      readOnly={candidate.restricted !== null}
      onEdit={start}
      dirty={JSON.stringify(rows) !== JSON.stringify(base)}
      view={
        items.length === 0 ? (
          <p className="muted">{t('records.section.none')}</p>
        ) : (
          <ul className="items">
            {(candidate[field] as CandidateInput[ListField]).map((item, i) => (
              <li key={i}>{renderItem(item)}</li>
            ))}
          </ul>
        )
      }
      onSave={() =>
        save({ [field]: rows.map((r) => fromRow(r, fields, withId)) } as Partial<CandidateInput>)
      }
      edit={(issues) => (
        <ItemRows
          rows={rows}
          fields={fields}
          field={field}
          issues={issues}
          onChange={set}
          onRemove={(i) => setRows((old) => old.filter((_, j) => j !== i))}
          onAdd={() =>
            setRows((old) => [
              ...old,
              { ...Object.fromEntries(fields.map((f) => [f.key, ''])), ...blank },
            ])
          }
        />
      )}
    />
  );
}
