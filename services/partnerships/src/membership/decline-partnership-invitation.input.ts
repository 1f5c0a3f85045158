import { Field, ID, InputType } from 'type-graphql';

@InputType('DeclinePartnershipInvitationInput')
export class DeclinePartnershipInvitationInput {
  @Field(() => ID)
  invitationId!: string;
}
