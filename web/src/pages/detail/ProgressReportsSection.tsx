import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../graphql/graphql';
import { formatDate } from '../../format/format-date';
import { formatNumber } from '../../format/format-money';
import { DetailSection } from './DetailSection';
import type { IndicatorRowFragment } from './indicators-section-fragment';
import type { ProgressReportFragment } from './progress-reports-section-fragment';

type ProgressReport = ResultOf<typeof ProgressReportFragment>;
/** What a report's values are shown with: the indicators of the record. */
type Indicator = ResultOf<typeof IndicatorRowFragment>;

interface ProgressReportsSectionProps {
  reports: ProgressReport[];
  indicators: Indicator[];
}

/** Reports newest first, each with the values its indicators reached. */
export function ProgressReportsSection({ reports, indicators }: ProgressReportsSectionProps) {
  const { t } = useTranslation();
  const indicatorsById = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  return (
    <DetailSection id="progress-reports" title={t('detail.progressReports')} isEmpty={reports.length === 0} emptyText={t('detail.noProgressReportsYet')}>
      <ol className="report-list">
        {reports.map((report) => (
          <li key={report.id} className="report card">
            <h3>
              {formatDate(report.periodStart)} – {formatDate(report.periodEnd)}
            </h3>
            <p className="report-meta">{t('detail.reportedOn', { date: formatDate(report.reportedOn) })}</p>
            <p>{report.summary}</p>
            {report.indicatorValues.length > 0 && (
              <table className="data-table compact">
                <caption className="visually-hidden">{t('detail.indicatorValuesInThis')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('detail.indicator')}</th>
                    <th scope="col" className="numeric">
                      {t('detail.value')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('detail.target')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.indicatorValues.map((value) => {
                    const indicator = indicatorsById.get(value.indicatorId);
                    return (
                      <tr key={value.indicatorId}>
                        <th scope="row">{indicator?.name ?? t('detail.removedIndicator')}</th>
                        <td className="numeric">
                          {formatNumber(value.value)} {indicator?.unit}
                        </td>
                        <td className="numeric">{indicator?.target != null ? `${formatNumber(indicator.target)} ${indicator.unit}` : '—'}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </li>
        ))}
      </ol>
    </DetailSection>
  );
}
