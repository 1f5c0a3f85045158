import { PHASE_ORDER } from '@msp-atlas/partnership-health';
import { HealthOverviewGrouping } from './health-overview-grouping.enum.js';
import type { OverviewCounts } from './health-overview.repository.js';
import type { HealthOverview } from './health-overview.type.js';
import { FACTORS } from './status-columns.js';

/**
 * The overview in the API's shape: by phase every phase in order (a phase nobody is in
 * counts zero, so the heatmap keeps its columns); by country the countries that have
 * partnerships, most first, then by code.
 */
export function toHealthOverview(counts: OverviewCounts, groupBy: HealthOverviewGrouping): HealthOverview {
  const byKey = new Map(counts.groups.map((group) => [group.key, group]));
  const groups =
    groupBy === HealthOverviewGrouping.PHASE
      ? PHASE_ORDER.map((phase) => byKey.get(phase) ?? { key: phase, partnerships: 0, counts: FACTORS.map(() => [0, 0, 0, 0, 0]) })
      : [...counts.groups].sort((a, b) => b.partnerships - a.partnerships || a.key.localeCompare(b.key));
  return {
    partnerships: counts.partnerships,
    evaluatedAt: counts.evaluatedAt,
    groups: groups.map(({ key, partnerships }) => ({ key, partnerships })),
    cells: FACTORS.flatMap((factor, f) =>
      groups.map((group) => {
        // biome-ignore lint/style/noNonNullAssertion: counts has a row per factor, with a cell per status
        const [strong, adequate, weak, missing, notYetExpected] = group.counts[f]! as [number, number, number, number, number];
        return { factor, group: group.key, strong, adequate, weak, missing, notYetExpected };
      }),
    ),
  };
}
