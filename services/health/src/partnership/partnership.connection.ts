import { ConnectionType } from '@msp-atlas/federation';
import { Directive, ObjectType } from 'type-graphql';
import { Partnership } from './partnership.reference.js';

// The partnerships subgraph defines the same connection: shared, so either may answer with it.
@Directive('@shareable')
@ObjectType('PartnershipConnection')
export class PartnershipConnection extends ConnectionType('Partnership', Partnership, { shareable: true }) {}
