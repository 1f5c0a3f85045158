import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The accounts subgraph's `Account`, as this subgraph refers to it: only its key. Not
 * the shared reference of packages/change-history: type-graphql's metadata is global, so
 * fields other services add to that class (the partnerships service's
 * `Account.partnerships`) would pull their types into this schema, where they clash
 * with this subgraph's own `Partnership` reference when all subgraphs load in one process
 * (composition, the test platform).
 */
@Directive('@key(fields: "id")')
@ObjectType('Account')
export class AccountReference {
  @Field(() => ID)
  id!: string;
}

export const accountReference = {
  Account: { __resolveReference: (reference: { id: string }): AccountReference => ({ id: reference.id }) },
};
