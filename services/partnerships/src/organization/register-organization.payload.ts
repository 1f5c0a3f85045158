import { Field, ObjectType } from 'type-graphql';
import { Organization } from './organization.type.js';

@ObjectType('RegisterOrganizationPayload')
export class RegisterOrganizationPayload {
  @Field(() => Organization)
  organization!: Organization;
}
