/** An account that may assess the partnership, as the registry's membership events tell. */
export interface PartnershipMemberTable {
  partnership_id: string;
  account_id: string;
}
