import type { Generated, Selectable } from 'kysely';

export interface ProgressReportTable {
  id: Generated<string>;
  partnership_id: string;
  period_start: string;
  period_end: string;
  reported_on: string;
  summary: string;
  created_at: Generated<Date>;
}

export interface IndicatorValueTable {
  report_id: string;
  indicator_id: string;
  value: number;
}

export type ProgressReportRow = Selectable<ProgressReportTable>;
export type IndicatorValueRow = Selectable<IndicatorValueTable>;
