import { useI18n } from '../../components/i18n-context';

/**
 * The demo firm's backup and restore screens: its invented people are never backed up, and a
 * restore (real data) never lands in the demo's database.
 */
export function DemoRefusal({ title }: { title: string }) {
  const { t } = useI18n();
  return (
    <>
      <h1>{title}</h1>
      <p role="alert">{t('demo.no-backup')}</p>
    </>
  );
}
