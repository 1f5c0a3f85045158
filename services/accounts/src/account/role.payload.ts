import { Field, ObjectType } from 'type-graphql';
import { Account } from './account.type.js';

@ObjectType('RolePayload', { description: 'The account after a role change' })
export class RolePayload {
  @Field(() => Account)
  account!: Account;
}
