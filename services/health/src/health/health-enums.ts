import { HealthGapKind, HealthSource, HealthStatus } from '@msp-atlas/partnership-health';
import { registerEnumType } from 'type-graphql';

// The health check's vocabularies (packages/partnership-health), as GraphQL enums.
export { HealthGapKind, HealthSource, HealthStatus };

registerEnumType(HealthStatus, { name: 'HealthStatus', description: 'How a success factor stands, for the phase the partnership is in' });
registerEnumType(HealthSource, { name: 'HealthSource', description: "Where a factor's evidence comes from" });
registerEnumType(HealthGapKind, { name: 'HealthGapKind', description: "Which side rates a factor higher: the members' own score or the data" });
