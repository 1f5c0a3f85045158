import type { Generated, Selectable } from 'kysely';

export interface PartnershipTable {
  id: Generated<string>;
  slug: string;
  name: string;
  summary: string;
  description: string;
  website: string | null;
  phase: string;
  status: string;
  scope: string;
  countries: string[];
  regions: string[];
  sectors: string[];
  sdg_targets: string[];
  sdg_goals: string[];
  start_date: string | null;
  end_date: string | null;
  objectives: string[];
  secretariat_host_id: string | null;
  secretariat_staff_count: number | null;
  mou_signed_on: string | null;
  decision_making: string | null;
  communication_channels: string[];
  problem_statement: string | null;
  continuation_plan: string | null;
  last_evaluated_on: string | null;
  version: Generated<number>;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PhaseChangeTable {
  id: Generated<string>;
  partnership_id: string;
  from_phase: string | null;
  to_phase: string;
  changed_on: string;
  note: string;
  recorded_at: Generated<Date>;
}

export interface MilestoneTable {
  id: Generated<string>;
  partnership_id: string;
  position: number;
  title: string;
  due_on: string | null;
  status: string;
}

export interface IndicatorTable {
  id: Generated<string>;
  partnership_id: string;
  position: number;
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  sdg_indicator_code: string | null;
}

export type PartnershipRow = Selectable<PartnershipTable>;
export type PhaseChangeRow = Selectable<PhaseChangeTable>;
export type MilestoneRow = Selectable<MilestoneTable>;
export type IndicatorRow = Selectable<IndicatorTable>;
