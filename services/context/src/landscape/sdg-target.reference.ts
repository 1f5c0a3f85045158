import { Directive, Field, ObjectType } from 'type-graphql';

/** The SDG service's target, as a stub holding only its key; this service adds `activeIn`. */
@Directive('@key(fields: "code")')
@ObjectType('SdgTarget')
export class SdgTargetReference {
  @Field(() => String)
  code!: string;
}

export const sdgTargetReference = {
  SdgTarget: {
    __resolveReference: (reference: { code: string }): SdgTargetReference => ({ code: reference.code }),
  },
};
