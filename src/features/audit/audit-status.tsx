import { useI18n } from '../../components/i18n-context';
import { useAuditReport } from './use-audit';

/** "Audit log intact" or where the chain breaks. */
export function AuditStatus() {
  const { t, plural } = useI18n();
  const report = useAuditReport();
  if (!report) return <p>{t('audit.checking')}</p>;
  if (report.intact)
    return (
      <p role="status" className="ok">
        {plural('audit.intact', report.count)}
      </p>
    );
  return (
    <p role="alert" className="error">
      {t('audit.broken', {
        seq: report.firstBreak.seq,
        reason: t(`audit.break.${report.firstBreak.reason}`),
      })}
    </p>
  );
}
