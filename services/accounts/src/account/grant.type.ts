import { Field, ObjectType } from 'type-graphql';

@ObjectType('Grant', { description: 'A role the account holds, and where: what the gateway forwards to every service' })
export class GrantType {
  @Field(() => String, { description: '`admin`, `curator`, `moderator`, or a role a later service adds' })
  role!: string;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-3 codes the role is limited to; null: every country' })
  countries!: string[] | null;

  @Field(() => String, { nullable: true, description: 'The part of the platform the role is limited to (e.g. `learning`); null: all of it' })
  scope!: string | null;
}
