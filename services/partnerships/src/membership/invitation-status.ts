import { registerEnumType } from 'type-graphql';

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  REVOKED = 'REVOKED',
}

registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  description: 'PENDING until the invited person accepts or declines, or a member revokes it',
});
