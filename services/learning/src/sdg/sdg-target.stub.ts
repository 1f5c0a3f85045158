import { Directive, Field, ObjectType } from 'type-graphql';

/** The SDG subgraph's `SdgTarget`, as this subgraph refers to and extends it: only its key. */
@Directive('@key(fields: "code")')
@ObjectType('SdgTarget')
export class SdgTarget {
  @Field(() => String)
  code!: string;
}

export function sdgTargetStub(code: string): SdgTarget {
  return Object.assign(new SdgTarget(), { code });
}
