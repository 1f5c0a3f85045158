import { accountStub } from '@msp-atlas/change-history-graphql';
import type { InvitationStatus } from './invitation-status.js';
import type { PartnershipInvitationRow, PartnershipMemberRow } from './membership.table.js';
import { PartnershipInvitation } from './partnership-invitation.type.js';
import { PartnershipMember } from './partnership-member.type.js';

export function toPartnershipMember(row: PartnershipMemberRow): PartnershipMember {
  return Object.assign(new PartnershipMember(), {
    account: accountStub(row.account_id),
    invitedBy: row.invited_by === null ? null : accountStub(row.invited_by),
    joinedAt: row.joined_at,
  });
}

export function toPartnershipInvitation(row: PartnershipInvitationRow): PartnershipInvitation {
  return Object.assign(new PartnershipInvitation(), {
    id: row.id,
    partnershipId: row.partnership_id,
    email: row.email,
    status: row.status as InvitationStatus,
    invitedBy: accountStub(row.invited_by),
    createdAt: row.created_at,
    respondedAt: row.responded_at,
  });
}
