import type { Db, Trx } from '../database.js';
import type { IndicatorValueRow, ProgressReportRow } from './progress-report.table.js';

export async function insertProgressReport(
  trx: Trx,
  values: { partnership_id: string; period_start: string; period_end: string; reported_on: string; summary: string },
  indicatorValues: readonly { indicator_id: string; value: number }[],
): Promise<{ report: ProgressReportRow; values: IndicatorValueRow[] }> {
  const report = await trx.insertInto('progress_reports').values(values).returningAll().executeTakeFirstOrThrow();
  const stored =
    indicatorValues.length === 0
      ? []
      : await trx
          .insertInto('indicator_values')
          .values(indicatorValues.map((value) => ({ ...value, report_id: report.id })))
          .returningAll()
          .execute();
  return { report, values: stored };
}

export async function progressReportsOf(db: Db, partnershipIds: readonly string[]): Promise<ProgressReportRow[]> {
  if (partnershipIds.length === 0) return [];
  return db
    .selectFrom('progress_reports')
    .selectAll()
    .where('partnership_id', 'in', partnershipIds)
    .orderBy('reported_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export async function indicatorValuesOf(db: Db, reportIds: readonly string[]): Promise<IndicatorValueRow[]> {
  if (reportIds.length === 0) return [];
  return db.selectFrom('indicator_values').selectAll().where('report_id', 'in', reportIds).execute();
}

export async function lastReportDatesOf(db: Db, partnershipIds: readonly string[]) {
  if (partnershipIds.length === 0) return [];
  return db
    .selectFrom('progress_reports')
    .select(['partnership_id', (eb) => eb.fn.max('reported_on').as('last_reported_on')])
    .where('partnership_id', 'in', partnershipIds)
    .groupBy('partnership_id')
    .execute();
}
