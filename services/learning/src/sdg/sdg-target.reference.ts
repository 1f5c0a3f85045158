import { Directive, Field, ObjectType } from 'type-graphql';

/** The SDG subgraph's `SdgTarget`, as this subgraph refers to and extends it: only its key. */
@Directive('@key(fields: "code")')
@ObjectType('SdgTarget')
export class SdgTargetReference {
  @Field(() => String)
  code!: string;
}

export const sdgTargetReference = {
  SdgTarget: { __resolveReference: (reference: { code: string }): SdgTargetReference => ({ code: reference.code }) },
};
