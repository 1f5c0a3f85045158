import type { ContributionKind, StakeholderRole } from '../domain/enums.js';
import type { Contribution } from './contribution.type.js';
import type { ContributionRow, StakeholderRow } from './stakeholder.table.js';
import type { Stakeholder } from './stakeholder.type.js';

export function toStakeholder(row: StakeholderRow): Stakeholder {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    organizationId: row.organization_id,
    roles: row.roles as StakeholderRole[],
    commitment: row.commitment,
    joinedAt: row.joined_at,
  };
}

export function toContribution(row: ContributionRow): Contribution {
  return {
    id: row.id,
    kind: row.kind as ContributionKind,
    description: row.description,
    amount: row.amount,
    currency: row.currency?.trim() ?? null,
    personDays: row.person_days,
  };
}
