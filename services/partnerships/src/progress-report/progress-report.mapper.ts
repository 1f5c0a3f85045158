import type { IndicatorValueRow, ProgressReportRow } from './progress-report.table.js';
import type { IndicatorValue } from './indicator-value.type.js';
import type { ProgressReport } from './progress-report.type.js';

export function toProgressReport(row: ProgressReportRow): ProgressReport {
  return {
    id: row.id,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    reportedOn: row.reported_on,
    summary: row.summary,
  };
}

export function toIndicatorValue(row: IndicatorValueRow): IndicatorValue {
  return { indicatorId: row.indicator_id, value: row.value };
}
