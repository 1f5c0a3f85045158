import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The accounts subgraph's `Account`, as another subgraph refers to it: only its key.
 * The gateway fills in the rest (name, ...) from the accounts subgraph. A subgraph may
 * add fields of its own with `@Resolver(() => AccountReference)`.
 */
@Directive('@key(fields: "id")')
@ObjectType('Account')
export class AccountReference {
  @Field(() => ID)
  id!: string;
}

/** Resolves an `Account` representation to its key; fields a subgraph adds take it from there. */
export const accountReference = {
  Account: {
    __resolveReference: (reference: { id: string }): AccountReference => ({ id: reference.id }),
  },
};
