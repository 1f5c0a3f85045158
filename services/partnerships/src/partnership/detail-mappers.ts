import type { MilestoneStatus, Phase } from '../domain/enums.js';
import type { Indicator } from './indicator.type.js';
import type { Milestone } from './milestone.type.js';
import type { IndicatorRow, MilestoneRow, PhaseChangeRow } from './partnership.table.js';
import type { PhaseChange } from './phase-change.type.js';

export function toPhaseChange(row: PhaseChangeRow): PhaseChange {
  return {
    id: row.id,
    fromPhase: row.from_phase as Phase | null,
    toPhase: row.to_phase as Phase,
    changedOn: row.changed_on,
    note: row.note,
    recordedAt: row.recorded_at,
  };
}

export function toMilestone(row: MilestoneRow): Milestone {
  return {
    id: row.id,
    title: row.title,
    dueOn: row.due_on,
    status: row.status as MilestoneStatus,
  };
}

export function toIndicator(row: IndicatorRow): Indicator {
  return {
    id: row.id,
    name: row.name,
    unit: row.unit,
    baseline: row.baseline,
    target: row.target,
    sdgIndicatorCode: row.sdg_indicator_code,
  };
}
