import { SelectField, TextField, useFieldError } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import type { ItemField, ListField } from './items-section';

export type Row = Record<string, string>;

/** The edit form of a list section: one fieldset per item, add and remove. */
export function ItemRows({
  rows,
  fields,
  field,
  issues,
  onChange,
  onRemove,
  onAdd,
}: {
  rows: readonly Row[];
  fields: readonly ItemField[];
  field: ListField;
  issues: Parameters<typeof useFieldError>[0];
  onChange: (i: number, key: string, value: string) => void;
  onRemove: (i: number) => void;
  onAdd: () => void;
}) {
  const { t } = useI18n();
  const errorAt = useFieldError(issues);
  return (
    <>
      {rows.map((row, i) => (
        <fieldset key={row.id ?? i} className="item">
          <legend>{t('records.form.item', { n: i + 1 })}</legend>
          {fields.map((f) =>
            f.kind === 'select' ? (
              <SelectField
                key={f.key}
                label={t(f.label)}
                value={row[f.key] ?? ''}
                onChange={(v) => onChange(i, f.key, v)}
                options={f.options ?? []}
                placeholder={t('records.form.choose')}
                error={errorAt(`${field}.${i}.${f.key}`)}
                hint={f.hint}
              />
            ) : (
              <TextField
                key={f.key}
                label={t(f.label)}
                type={f.kind === 'textarea' ? 'text' : f.kind}
                multiline={f.kind === 'textarea'}
                value={row[f.key] ?? ''}
                onChange={(v) => onChange(i, f.key, v)}
                error={errorAt(`${field}.${i}.${f.key}`)}
                hint={f.hint}
              />
            ),
          )}
          <button type="button" className="secondary" onClick={() => onRemove(i)}>
            {t('records.form.remove-item', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" className="secondary" onClick={onAdd}>
        {t('records.form.add-item')}
      </button>
    </>
  );
}
