import type { OrganizationType, PartnershipStatus, Phase, Scope, StakeholderRole } from './partnership-types';

export const REGISTER_PARTNERSHIP_MUTATION = /* GraphQL */ `
  mutation RegisterPartnership($input: RegisterPartnershipInput!) {
    registerPartnership(input: $input) { partnership { id slug name } }
  }
`;

export interface StakeholderRegistration {
  organizationId?: string;
  organization?: { name: string; type: OrganizationType; country?: string };
  roles: StakeholderRole[];
  commitment?: string;
}

export interface ContactPersonRegistration {
  name: string;
  email: string;
  phone?: string;
  role?: string;
}

export interface PartnershipRegistration {
  name: string;
  summary?: string;
  description?: string;
  website?: string;
  scope: Scope;
  phase: Phase;
  status?: PartnershipStatus;
  countries: string[];
  regions: string[];
  sectors: string[];
  sdgTargets: string[];
  startDate?: string;
  endDate?: string;
  objectives: string[];
  stakeholders: StakeholderRegistration[];
  /** Personal data: only the partnership's members see it. */
  contacts: ContactPersonRegistration[];
}

export interface RegisterPartnershipData {
  registerPartnership: { partnership: { id: string; slug: string; name: string } };
}
