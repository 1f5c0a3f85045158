import { diffFields, type StoredFieldChange } from '@msp-atlas/change-history';
import { MEMBERS_FIELD } from '../access/member-visibility.js';
import type { PartnershipRow } from '../partnership/partnership.table.js';
import type { StakeholderRow } from '../stakeholder/stakeholder.table.js';
import { PARTNERSHIP_FIELDS, partnershipState, type PartnershipLists } from './partnership-history-state.js';
import { stakeholderField, stakeholderState, type ContributionLike } from './stakeholder-history-state.js';

/** A registration as a change from nothing: every field given, each stakeholder, the first member. */
export function registrationChanges(
  row: PartnershipRow,
  registered: {
    lists: PartnershipLists;
    stakeholders: readonly { row: StakeholderRow; contributions: readonly ContributionLike[] }[];
    firstMemberId: string | null;
  },
): StoredFieldChange[] {
  return [
    ...diffFields(null, partnershipState(row, registered.lists), PARTNERSHIP_FIELDS),
    ...registered.stakeholders.map((stakeholder) => ({
      field: stakeholderField(stakeholder.row.organization_id),
      old: null,
      new: stakeholderState(stakeholder.row, stakeholder.contributions),
    })),
    ...(registered.firstMemberId === null ? [] : [{ field: MEMBERS_FIELD, old: null, new: [registered.firstMemberId] }]),
  ];
}
