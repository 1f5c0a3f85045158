import { Phase, SuccessFactor } from '@msp-atlas/msp-vocabulary';
import { registerEnumType } from 'type-graphql';

// The framework's vocabularies as GraphQL enums, named and valued as the partnerships
// subgraph names them, so composition merges them.
export { Phase, SuccessFactor };

registerEnumType(Phase, { name: 'Phase', description: 'Life-cycle phase of a partnership' });
registerEnumType(SuccessFactor, { name: 'SuccessFactor', description: 'One of the success factors of partnerships (shared/domain/msp-framework.md)' });
