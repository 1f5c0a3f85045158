import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@msp-atlas/federation';
import { PartnershipReference } from '../alignment/partnership.reference.js';

@ObjectType('SdgTargetPartnershipConnection', { description: 'Partnerships declaring a target, by name' })
export class SdgTargetPartnershipConnection extends ConnectionType('SdgTargetPartnership', PartnershipReference) {}
