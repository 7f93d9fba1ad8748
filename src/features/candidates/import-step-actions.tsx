import { useI18n } from '../../components/i18n-context';

/** The foot of an import step before the write: nothing written yet, check the rows, back. */
export function ImportStepActions({ onBack }: { onBack: () => void }) {
  const { t } = useI18n();
  return (
    <>
      <p className="hint">{t('records.import.nothingWritten')}</p>
      <p className="actions">
        <button type="submit">{t('records.import.preview')}</button>{' '}
        <button type="button" className="secondary" onClick={onBack}>
          {t('records.form.back')}
        </button>
      </p>
    </>
  );
}
