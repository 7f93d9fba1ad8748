import { useId } from 'react';
import { dataCategories, type DataCategory } from '../../domain/common';
import { useI18n } from '../../components/i18n-context';

/** The P2 categories as a group of checkboxes, with the group's error wired for screen readers. */
export function CategoryCheckboxes({
  legend,
  value,
  onChange,
  error,
}: {
  legend: string;
  value: readonly DataCategory[];
  onChange: (next: DataCategory[]) => void;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  const errorId = useId();
  const toggle = (c: DataCategory, on: boolean) =>
    onChange(dataCategories.filter((x) => (x === c ? on : value.includes(x))));
  return (
    <fieldset
      className={error ? 'field field-invalid' : 'field'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {dataCategories.map((c) => (
        <label key={c} className="check">
          <input
            type="checkbox"
            checked={value.includes(c)}
            onChange={(e) => toggle(c, e.target.checked)}
          />{' '}
          {t(`disclosure.category.${c}`)}
        </label>
      ))}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
