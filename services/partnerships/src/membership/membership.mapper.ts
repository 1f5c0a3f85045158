import type { InvitationStatus } from './invitation-status.js';
import type { PartnershipInvitationRow, PartnershipMemberRow } from './membership.table.js';
import type { PartnershipInvitation } from './partnership-invitation.type.js';
import type { PartnershipMember } from './partnership-member.type.js';

export function toPartnershipMember(row: PartnershipMemberRow): PartnershipMember {
  return {
    account: { id: row.account_id },
    invitedBy: row.invited_by === null ? null : { id: row.invited_by },
    joinedAt: row.joined_at,
  };
}

export function toPartnershipInvitation(row: PartnershipInvitationRow): PartnershipInvitation {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    email: row.email,
    status: row.status as InvitationStatus,
    invitedBy: { id: row.invited_by },
    createdAt: row.created_at,
    respondedAt: row.responded_at,
  };
}
