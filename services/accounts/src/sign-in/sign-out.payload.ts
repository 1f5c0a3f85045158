import { Field, ObjectType } from 'type-graphql';

@ObjectType('SignOutPayload')
export class SignOutPayload {
  @Field(() => Boolean, { description: 'True once the token (and, for own tokens, its whole session) no longer works' })
  signedOut!: boolean;
}
