import { useState } from 'react';
import { useServiceContext } from '../../components/db-context';
import { useFailureText } from '../../components/failure-text';
import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import {
  noChoices,
  type DistinctValue,
  type ImportDefaults,
  type ImportMapping,
  type ValueChoices,
} from '../../domain/candidate-import';
import { toIsoDate } from '../../domain/common';
import { useDirtyForm } from '../../hooks/use-dirty-form';
import {
  commitImport,
  listImportValues,
  previewImport,
  readImportFile,
  suggestImportMapping,
  type ImportChoice,
  type ImportFile,
  type ImportPreview,
} from '../../services/import';
import { ImportMappingStep } from './import-mapping-step';
import { ImportPreviewStep } from './import-preview-step';
import { ImportValuesStep, suggestedChoices } from './import-values-step';

type Step =
  | { name: 'file' }
  | { name: 'mapping'; file: ImportFile }
  | { name: 'values'; file: ImportFile; values: DistinctValue[] }
  | { name: 'preview'; file: ImportFile; preview: ImportPreview }
  | { name: 'writing'; done: number; total: number }
  | { name: 'done'; count: number };

/**
 * CSV import: choose a file, say which column is what, then what each value of its list
 * columns means, see every invalid row, possible duplicate and person whose retention is
 * already over, then write all of it at once (or nothing) with progress.
 */
export function ImportScreen() {
  const { t, plural, lang } = useI18n();
  const makeContext = useServiceContext();
  const failureText = useFailureText();
  const [step, setStep] = useState<Step>({ name: 'file' });
  const [mapping, setMapping] = useState<ImportMapping>([]);
  const [defaults, setDefaults] = useState<ImportDefaults>({
    source: null,
    collectedOn: toIsoDate(new Date()),
    language: lang,
  });
  const [choices, setChoices] = useState<ValueChoices>(noChoices);
  const [message, setMessage] = useState<string | null>(null);
  useDirtyForm(
    step.name === 'mapping' ||
      step.name === 'values' ||
      step.name === 'preview' ||
      step.name === 'writing',
  );

  const choose = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    const out = readImportFile(new Uint8Array(await file.arrayBuffer()));
    if (!out.ok) return setMessage(failureText(out.error));
    setMessage(null);
    setMapping(await suggestImportMapping(out.value.header));
    setStep({ name: 'mapping', file: out.value });
  };

  const mapValues = async (file: ImportFile) => {
    const values = await listImportValues(makeContext(), file, mapping);
    if (values.length === 0) return check(file, noChoices);
    setMessage(null);
    setChoices(suggestedChoices(values));
    setStep({ name: 'values', file, values });
  };

  const check = async (file: ImportFile, chosen: ValueChoices) => {
    const out = await previewImport(makeContext(), file, mapping, defaults, chosen);
    if (!out.ok)
      return setMessage(
        t('reason.mapping-incomplete', {
          fields: out.error.missing.map((f) => t(`records.import.field.${f}`)).join(', '),
        }),
      );
    setMessage(null);
    setStep({ name: 'preview', file, preview: out.value });
  };

  const commit = async (preview: ImportPreview, choice: ImportChoice) => {
    setStep({ name: 'writing', done: 0, total: 0 });
    const out = await commitImport(makeContext(), preview, {
      ...choice,
      onProgress: ({ done, total }) => setStep({ name: 'writing', done, total }),
    });
    if (out.ok) return setStep({ name: 'done', count: out.value.ids.length });
    setMessage(failureText(out.error));
    setStep({ name: 'file' });
  };

  return (
    <>
      <p>
        <Link href="/candidates">← {t('records.list.candidates')}</Link>
      </p>
      <h1>{t('records.import.title')}</h1>
      {message && (
        <p role="alert" className="error">
          {message}
        </p>
      )}
      {step.name === 'file' && (
        <div className="field">
          <label htmlFor="import-file">{t('records.import.file')}</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => void choose(e.target.files)}
          />
        </div>
      )}
      {step.name === 'mapping' && (
        <ImportMappingStep
          file={step.file}
          mapping={mapping}
          onMapping={setMapping}
          defaults={defaults}
          onDefaults={setDefaults}
          onNext={() => void mapValues(step.file)}
          onBack={() => setStep({ name: 'file' })}
        />
      )}
      {step.name === 'values' && (
        <ImportValuesStep
          values={step.values}
          choices={choices}
          onChoices={setChoices}
          onNext={() => void check(step.file, choices)}
          onBack={() => setStep({ name: 'mapping', file: step.file })}
        />
      )}
      {step.name === 'preview' && (
        <ImportPreviewStep
          preview={step.preview}
          onBack={() => setStep({ name: 'mapping', file: step.file })}
          onConfirm={(choice) => void commit(step.preview, choice)}
        />
      )}
      {step.name === 'writing' && (
        <div role="status">
          <p>{t('records.import.progress', { done: step.done, total: step.total })}</p>
          <progress
            max={step.total || 1}
            value={step.done}
            aria-label={t('records.import.title')}
          />
        </div>
      )}
      {step.name === 'done' && (
        <p role="status" className="ok">
          {plural('records.import.done', step.count)}{' '}
          <Link href="/candidates">{t('records.list.candidates')}</Link>
        </p>
      )}
    </>
  );
}
