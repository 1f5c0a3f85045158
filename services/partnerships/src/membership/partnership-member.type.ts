import { Account } from '@msp-atlas/change-history-graphql';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('PartnershipMember', { description: 'An account that may edit a partnership and manage its members' })
export class PartnershipMember {
  @Field(() => Account)
  account!: Account;

  @Field(() => Account, { nullable: true, description: 'Who invited the account; null for the one who registered the partnership' })
  invitedBy!: Account | null;

  @Field(() => Date)
  joinedAt!: Date;
}
