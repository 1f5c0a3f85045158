import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The partnerships service's entity, as this service extends it: the key only. */
@Directive('@key(fields: "id")')
@ObjectType('Partnership')
export class PartnershipReference {
  @Field(() => ID)
  id!: string;
}

// Only the key: whatever this service adds is resolved from it.
export const partnershipReference = {
  Partnership: { __resolveReference: (reference: { id: string }): PartnershipReference => ({ id: reference.id }) },
};
