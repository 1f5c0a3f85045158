import { AccountReference } from '@msp-atlas/change-history-graphql';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('PartnershipMember', { description: 'An account that may edit a partnership and manage its members' })
export class PartnershipMember {
  @Field(() => AccountReference)
  account!: AccountReference;

  @Field(() => AccountReference, { nullable: true, description: 'Who invited the account; null for the one who registered the partnership' })
  invitedBy!: AccountReference | null;

  @Field(() => Date)
  joinedAt!: Date;
}
