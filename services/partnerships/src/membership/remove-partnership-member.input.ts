import { Field, ID, InputType } from 'type-graphql';

@InputType('RemovePartnershipMemberInput', { description: 'A member may remove themself; the last member cannot be removed' })
export class RemovePartnershipMemberInput {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => ID)
  accountId!: string;
}
