import type { HealthOverviewGrouping, Phase } from '../../api/schema-types';
import { PHASE_LABELS } from '../../labels/phase-labels';
import { countryName } from '../../reference/country-options';

/** A heatmap column's name: the phase's or the country's. */
export function groupLabel(groupBy: HealthOverviewGrouping, key: string): string {
  return groupBy === 'PHASE' ? (PHASE_LABELS[key as Phase] ?? key) : countryName(key);
}
