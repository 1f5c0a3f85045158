import { Field, ID, InputType } from 'type-graphql';

@InputType('AcceptPartnershipInvitationInput')
export class AcceptPartnershipInvitationInput {
  @Field(() => ID)
  invitationId!: string;
}
