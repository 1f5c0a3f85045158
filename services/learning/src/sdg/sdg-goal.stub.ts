import { Directive, Field, ObjectType } from 'type-graphql';

/** The SDG subgraph's `SdgGoal`, as this subgraph refers to and extends it: only its key. */
@Directive('@key(fields: "code")')
@ObjectType('SdgGoal')
export class SdgGoal {
  @Field(() => String)
  code!: string;
}

export function sdgGoalStub(code: string): SdgGoal {
  return Object.assign(new SdgGoal(), { code });
}
