import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@msp-atlas/federation';
import { Partnership } from '../entities/partnership.type.js';

@ObjectType('SdgTargetPartnershipConnection', { description: 'Partnerships declaring a target, by name' })
export class SdgTargetPartnershipConnection extends ConnectionType('SdgTargetPartnership', Partnership) {}
