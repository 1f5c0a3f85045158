import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The partnerships service's entity, as this service extends it: the key only. */
@Directive('@key(fields: "id")')
@ObjectType('Organization')
export class OrganizationReference {
  @Field(() => ID)
  id!: string;
}

// Only the key: its SDG profile is resolved from it.
export const organizationReference = {
  Organization: { __resolveReference: (reference: { id: string }): OrganizationReference => ({ id: reference.id }) },
};
