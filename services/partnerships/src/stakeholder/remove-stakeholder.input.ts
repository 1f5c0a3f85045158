import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('RemoveStakeholderInput')
export class RemoveStakeholderInput {
  @Field(() => ID)
  stakeholderId!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}
