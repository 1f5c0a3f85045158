import { Field, ID, InputType } from 'type-graphql';

@InputType('RevokePartnershipInvitationInput')
export class RevokePartnershipInvitationInput {
  @Field(() => ID)
  invitationId!: string;
}
