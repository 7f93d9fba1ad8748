import { SelectField, TextField } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import { ImportStepActions } from './import-step-actions';
import { candidateSources, type CandidateSource } from '../../domain/candidate';
import {
  importFields,
  type ImportDefaults,
  type ImportField,
  type ImportMapping,
} from '../../domain/candidate-import';
import type { ImportFile } from '../../services/import';

const ignore = '' as const;

/** Which column is which field, with defaults for rows that lack a source or a date. */
export function ImportMappingStep({
  file,
  mapping,
  onMapping,
  defaults,
  onDefaults,
  onNext,
  onBack,
}: {
  file: ImportFile;
  mapping: ImportMapping;
  onMapping: (m: ImportMapping) => void;
  defaults: ImportDefaults;
  onDefaults: (d: ImportDefaults) => void;
  onNext: () => void;
  onBack: () => void;
}) {
  const { t, number } = useI18n();
  const sample = file.rows[0]?.cells ?? [];
  return (
    <form
      noValidate
      aria-label={t('records.import.mapping')}
      onSubmit={(e) => {
        e.preventDefault();
        onNext();
      }}
    >
      <p>
        {t('records.import.fileSummary', {
          rows: number(file.rows.length),
          delimiter: file.delimiter === ';' ? ';' : file.delimiter === ',' ? ',' : 'tab',
        })}
      </p>
      <h2>{t('records.import.mapping')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('records.import.column')}</th>
            <th scope="col">{t('records.import.example')}</th>
            <th scope="col">{t('records.import.field')}</th>
          </tr>
        </thead>
        <tbody>
          {file.header.map((title, i) => (
            <tr key={i}>
              <td>{title}</td>
              <td className="muted">{sample[i] ?? ''}</td>
              <td>
                <SelectField
                  label={t('records.import.fieldFor', { column: title })}
                  value={mapping[i] ?? ignore}
                  onChange={(v: ImportField | typeof ignore) =>
                    onMapping(
                      file.header.map((_, j) =>
                        j === i ? (v === ignore ? null : v) : (mapping[j] ?? null),
                      ),
                    )
                  }
                  options={[
                    { value: ignore, label: t('records.import.ignore') },
                    ...importFields.map((f) => ({
                      value: f,
                      label: t(`records.import.field.${f}`),
                    })),
                  ]}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <SelectField
        label={t('records.import.defaultSource')}
        value={defaults.source ?? ignore}
        onChange={(v: CandidateSource | typeof ignore) =>
          onDefaults({ ...defaults, source: v === ignore ? null : v })
        }
        options={[
          { value: ignore, label: t('records.form.none') },
          ...candidateSources.map((s) => ({ value: s, label: t(`records.source.${s}`) })),
        ]}
      />
      <TextField
        type="date"
        label={t('records.import.defaultCollectedOn')}
        value={defaults.collectedOn}
        onChange={(collectedOn) => onDefaults({ ...defaults, collectedOn })}
      />
      <ImportStepActions onBack={onBack} />
    </form>
  );
}
