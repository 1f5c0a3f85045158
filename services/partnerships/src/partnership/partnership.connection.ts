import { Directive, ObjectType } from 'type-graphql';
import { ConnectionType } from '@msp-atlas/federation';
import { Partnership } from './partnership.type.js';

// The health subgraph answers partnershipsByHealth with the same connection: shared.
@Directive('@shareable')
@ObjectType('PartnershipConnection')
export class PartnershipConnection extends ConnectionType('Partnership', Partnership, { shareable: true }) {}
