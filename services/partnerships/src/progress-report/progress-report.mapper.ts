import type { IndicatorValueRow, ProgressReportRow } from './progress-report.table.js';
import { IndicatorValue, ProgressReport } from './progress-report.type.js';

export function toProgressReport(row: ProgressReportRow): ProgressReport {
  return Object.assign(new ProgressReport(), {
    id: row.id,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    reportedOn: row.reported_on,
    summary: row.summary,
  });
}

export function toIndicatorValue(row: IndicatorValueRow): IndicatorValue {
  return Object.assign(new IndicatorValue(), { indicatorId: row.indicator_id, value: row.value });
}
