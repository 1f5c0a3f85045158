import { SuccessFactor } from '@msp-atlas/msp-vocabulary';
import { HealthStatus } from '@msp-atlas/partnership-health';
import { registerEnumType } from 'type-graphql';

// The health check's vocabularies as GraphQL enums, named and described as the learning
// subgraph names SuccessFactor, so composition merges them.
export { SuccessFactor, HealthStatus };

registerEnumType(SuccessFactor, { name: 'SuccessFactor', description: 'One of the success factors of partnerships (shared/domain/msp-framework.md)' });
registerEnumType(HealthStatus, { name: 'HealthStatus', description: "A success factor's status for the partnership's phase" });
