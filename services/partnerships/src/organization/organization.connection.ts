import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@msp-atlas/federation';
import { Organization } from './organization.type.js';

@ObjectType('OrganizationConnection')
export class OrganizationConnection extends ConnectionType('Organization', Organization) {}
