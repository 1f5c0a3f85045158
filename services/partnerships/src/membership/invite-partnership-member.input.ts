import { Field, ID, InputType } from 'type-graphql';

@InputType('InvitePartnershipMemberInput')
export class InvitePartnershipMemberInput {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String, { description: 'Whoever signs in with this verified address may accept' })
  email!: string;
}
