import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The partnerships service's entity, as this service extends it: the key only. */
@Directive('@key(fields: "id")')
@ObjectType('Organization')
export class Organization {
  @Field(() => ID)
  id!: string;
}
