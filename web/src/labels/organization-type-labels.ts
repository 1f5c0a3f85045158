import type { OrganizationType } from '../api/schema-types';

/** Kinds of stakeholder organisation. */
export const ORGANIZATION_TYPE_LABELS: Readonly<Record<OrganizationType, string>> = {
  GOVERNMENT: 'Government',
  PRIVATE_SECTOR: 'Private sector',
  CIVIL_SOCIETY: 'Civil society',
  ACADEMIA: 'Academia',
  MULTILATERAL: 'Multilateral',
  PHILANTHROPY: 'Philanthropy',
  COMMUNITY: 'Community / affected people',
};

export const ORGANIZATION_TYPE_CODES = Object.keys(ORGANIZATION_TYPE_LABELS) as OrganizationType[];
