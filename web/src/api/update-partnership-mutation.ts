import { PARTNERSHIP_DETAIL_FIELDS } from './partnership-detail-fields';
import type { PartnershipDetail, PartnershipStatus, Scope } from './partnership-types';
import type { ContactPersonRegistration } from './register-partnership-mutation';

/** Changes the fields given; answers with the whole record, as the detail page shows it. */
export const UPDATE_PARTNERSHIP_MUTATION = /* GraphQL */ `
  mutation UpdatePartnership($input: UpdatePartnershipInput!) {
    updatePartnership(input: $input) { partnership { ${PARTNERSHIP_DETAIL_FIELDS} } }
  }
`;

/** The fields the edit form changes; left out stays as it is, null clears, a list replaces the stored one. */
export interface PartnershipChanges {
  name?: string;
  summary?: string;
  description?: string;
  website?: string | null;
  status?: PartnershipStatus;
  scope?: Scope;
  countries?: string[];
  regions?: string[];
  sectors?: string[];
  sdgTargets?: string[];
  startDate?: string | null;
  endDate?: string | null;
  objectives?: string[];
  /** Replaces the contact persons; sent by members only (others do not see them). */
  contacts?: ContactPersonRegistration[];
}

export interface UpdatePartnershipVariables {
  input: PartnershipChanges & {
    id: string;
    /** The version the form was loaded with; a newer stored version is refused with CONFLICT. */
    expectedVersion: number;
  };
}

export interface UpdatePartnershipData {
  updatePartnership: { partnership: PartnershipDetail };
}
