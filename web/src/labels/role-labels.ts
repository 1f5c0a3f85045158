import type { StakeholderRole } from '../api/schema-types';

/** Roles an organisation can hold in a partnership. */
export const ROLE_LABELS: Readonly<Record<StakeholderRole, string>> = {
  INITIATOR: 'Initiator',
  CORE_GROUP: 'Core group',
  MEMBER: 'Member',
  FUNDER: 'Funder',
  IMPLEMENTER: 'Implementer',
  SECRETARIAT: 'Secretariat',
  ADVISOR: 'Advisor',
  CHAMPION: 'Champion',
};

export const ROLE_CODES = Object.keys(ROLE_LABELS) as StakeholderRole[];
