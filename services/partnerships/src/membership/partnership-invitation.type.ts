import { AccountReference } from '@msp-atlas/change-history-graphql';
import { Field, ID, ObjectType } from 'type-graphql';
import { InvitationStatus } from './invitation-status.js';

@ObjectType('PartnershipInvitation', {
  description: "An invitation to become a partnership's member; seen by its members and by the invited account",
})
export class PartnershipInvitation {
  @Field(() => ID)
  id!: string;

  partnershipId!: string;

  @Field(() => String, { description: 'The invited address, in lower case' })
  email!: string;

  @Field(() => InvitationStatus)
  status!: InvitationStatus;

  @Field(() => AccountReference)
  invitedBy!: AccountReference;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was accepted, declined or revoked' })
  respondedAt!: Date | null;
}
