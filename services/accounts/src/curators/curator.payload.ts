import { Field, ObjectType } from 'type-graphql';
import { Account } from '../account/account.type.js';

@ObjectType('CuratorPayload')
export class CuratorPayload {
  @Field(() => Account)
  account!: Account;
}
