import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The partnerships service's entity, as a stub holding only its key; this service adds `overlaps`. */
@Directive('@key(fields: "id")')
@ObjectType('Partnership')
export class PartnershipReference {
  @Field(() => ID)
  id!: string;
}

/** Any partnership id resolves: one the index does not hold yet simply has no overlaps. */
export const partnershipReference = {
  Partnership: {
    __resolveReference: (reference: { id: string }): PartnershipReference => ({ id: reference.id }),
  },
};
