import { SelectField } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import { ImportStepActions } from './import-step-actions';
import { candidateSources } from '../../domain/candidate';
import type { DistinctValue, ListField, ValueChoices } from '../../domain/candidate-import';
import { fold } from '../../domain/fold';
import { languages } from '../../i18n/messages';

const none = '' as const;

/** The value-mapping step's starting choices: every suggestion made. */
export function suggestedChoices(values: readonly DistinctValue[]): ValueChoices {
  const source: Record<string, (typeof candidateSources)[number]> = {};
  const language: Record<string, (typeof languages)[number]> = {};
  for (const v of values) {
    if (v.suggestion === null) continue;
    if (v.field === 'source') source[fold(v.text)] = v.suggestion;
    else language[fold(v.text)] = v.suggestion;
  }
  return { source, language };
}

/**
 * Each distinct value of the file's list columns (source, language) and the Vivier value it
 * stands for: the spreadsheet's own words ("Chasse directe") mapped onto Vivier's list.
 */
export function ImportValuesStep({
  values,
  choices,
  onChoices,
  onNext,
  onBack,
}: {
  values: readonly DistinctValue[];
  choices: ValueChoices;
  onChoices: (c: ValueChoices) => void;
  onNext: () => void;
  onBack: () => void;
}) {
  const { t, number } = useI18n();
  const optionsOf = (field: ListField) =>
    field === 'source'
      ? candidateSources.map((s) => ({ value: s, label: t(`records.source.${s}`) }))
      : languages.map((l) => ({ value: l, label: t(`records.lang.${l}`) }));
  const choose = (v: DistinctValue, to: string) => {
    const key = fold(v.text);
    const { [key]: _old, ...rest } = choices[v.field];
    onChoices({ ...choices, [v.field]: to === none ? rest : { ...rest, [key]: to } });
  };
  return (
    <form
      noValidate
      aria-label={t('records.import.values')}
      onSubmit={(e) => {
        e.preventDefault();
        onNext();
      }}
    >
      <h2>{t('records.import.values')}</h2>
      <p className="hint">{t('records.import.valuesHint')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('records.import.column')}</th>
            <th scope="col">{t('records.import.valueColumn')}</th>
            <th scope="col">{t('records.import.valueRows')}</th>
            <th scope="col">{t('records.import.valueTarget')}</th>
          </tr>
        </thead>
        <tbody>
          {values.map((v) => (
            <tr key={`${v.field}:${v.text}`}>
              <td>{t(`records.import.field.${v.field}`)}</td>
              <td>{v.text}</td>
              <td>{number(v.rows)}</td>
              <td>
                <SelectField<string>
                  label={t('records.import.valueFor', {
                    field: t(`records.import.field.${v.field}`),
                    value: v.text,
                  })}
                  value={choices[v.field][fold(v.text)] ?? none}
                  onChange={(to) => choose(v, to)}
                  options={[
                    { value: none, label: t('records.import.valueNone') },
                    ...optionsOf(v.field),
                  ]}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ImportStepActions onBack={onBack} />
    </form>
  );
}
