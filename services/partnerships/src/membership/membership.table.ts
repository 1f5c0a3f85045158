import type { Generated, Selectable } from 'kysely';

export interface PartnershipMemberTable {
  partnership_id: string;
  account_id: string;
  email: string | null;
  joined_at: Generated<Date>;
  invited_by: string | null;
}

export interface PartnershipInvitationTable {
  id: Generated<string>;
  partnership_id: string;
  email: string;
  invited_by: string;
  status: Generated<string>;
  created_at: Generated<Date>;
  responded_at: Date | null;
}

export type PartnershipMemberRow = Selectable<PartnershipMemberTable>;
export type PartnershipInvitationRow = Selectable<PartnershipInvitationTable>;
