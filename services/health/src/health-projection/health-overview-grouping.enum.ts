import { registerEnumType } from 'type-graphql';

export const HealthOverviewGrouping = { PHASE: 'PHASE', COUNTRY: 'COUNTRY' } as const;
export type HealthOverviewGrouping = (typeof HealthOverviewGrouping)[keyof typeof HealthOverviewGrouping];

registerEnumType(HealthOverviewGrouping, { name: 'HealthOverviewGrouping', description: 'What the health overview counts by: phase, or country' });
