import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@msp-atlas/federation';
import { Partnership } from './partnership.type.js';

@ObjectType('PartnershipConnection')
export class PartnershipConnection extends ConnectionType('Partnership', Partnership) {}
