import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The accounts subgraph's `Account`, as another subgraph refers to it: only its key.
 * The gateway fills in the rest (name, ...) from the accounts subgraph. A subgraph may
 * add fields of its own with `@Resolver(() => Account)`.
 */
@Directive('@key(fields: "id")')
@ObjectType('Account')
export class Account {
  @Field(() => ID)
  id!: string;
}

export function accountStub(id: string): Account {
  return Object.assign(new Account(), { id });
}
