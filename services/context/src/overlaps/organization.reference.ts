import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The partnerships service's organisation, as a stub holding only its key; the gateway resolves the rest. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Organization')
export class OrganizationReference {
  @Field(() => ID)
  id!: string;
}
