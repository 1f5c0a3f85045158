import type { OrganizationType } from '../domain/enums.js';
import type { OrganizationRow } from './organization.table.js';
import type { Organization } from './organization.type.js';

export function toOrganization(row: OrganizationRow): Organization {
  return {
    id: row.id,
    name: row.name,
    type: row.type as OrganizationType,
    country: row.country_code,
    website: row.website,
    isDemo: row.is_demo,
    createdAt: row.created_at,
  };
}
