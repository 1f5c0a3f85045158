import { useTranslation } from 'react-i18next';
export function OverdueReportWarning() {
  const { t } = useTranslation();
  return (
    <div className="notice notice-warning" role="note" data-testid="overdue-warning">
      <p className="notice-title">
        <span aria-hidden="true">⚠ </span>
        {t('detail.reportOverdue')}
      </p>
      <p>{t('detail.reportOverdueText')}</p>
    </div>
  );
}
