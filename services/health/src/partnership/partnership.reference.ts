import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The partnerships subgraph's `Partnership`, as this subgraph refers to and extends it: only its key. */
@Directive('@key(fields: "id")')
@ObjectType('Partnership')
export class Partnership {
  @Field(() => ID)
  id!: string;
}

export function partnershipReferenceOf(id: string): Partnership {
  return { id };
}

export const partnershipReference = {
  Partnership: { __resolveReference: (reference: { id: string }) => partnershipReferenceOf(reference.id) },
};
