import { Phase, SuccessFactor, SuccessFactorArea } from '@msp-atlas/msp-vocabulary';
import { registerEnumType } from 'type-graphql';

// The framework's vocabularies as GraphQL enums, named, valued and described as the
// partnerships and learning subgraphs register them: composition needs them identical.
export { Phase, SuccessFactor, SuccessFactorArea };

registerEnumType(Phase, { name: 'Phase', description: 'Life-cycle phase of a partnership' });
registerEnumType(SuccessFactor, { name: 'SuccessFactor', description: 'One of the success factors of partnerships (shared/domain/msp-framework.md)' });
registerEnumType(SuccessFactorArea, { name: 'SuccessFactorArea', description: 'The area of the framework a success factor belongs to' });
