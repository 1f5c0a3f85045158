import { Field, ObjectType } from 'type-graphql';
import { Account } from '../account/account.type.js';

@ObjectType('AuthPayload', { description: 'A signed access token; send it as `Authorization: Bearer <token>`' })
export class AuthPayload {
  @Field(() => String)
  token!: string;

  @Field(() => Date, { description: 'The token stops working then; renew it before with `renewToken`' })
  expiresAt!: Date;

  @Field(() => Account)
  viewer!: Account;
}
