import { Directive, Field, ObjectType } from 'type-graphql';

/** The SDG subgraph's `SdgGoal`, as this subgraph refers to and extends it: only its key. */
@Directive('@key(fields: "code")')
@ObjectType('SdgGoal')
export class SdgGoalReference {
  @Field(() => String)
  code!: string;
}

export const sdgGoalReference = {
  SdgGoal: { __resolveReference: (reference: { code: string }): SdgGoalReference => ({ code: reference.code }) },
};
