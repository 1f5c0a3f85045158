import { PARTNERSHIP_DETAIL_FIELDS } from './partnership-detail-fields';
import type { PartnershipDetail, Phase } from './partnership-types';

export const CHANGE_PHASE_MUTATION = /* GraphQL */ `
  mutation ChangePhase($input: ChangePhaseInput!) {
    changePhase(input: $input) { partnership { ${PARTNERSHIP_DETAIL_FIELDS} } }
  }
`;

export interface ChangePhaseVariables {
  input: {
    partnershipId: string;
    expectedVersion: number;
    phase: Phase;
    changedOn?: string;
    note?: string;
  };
}

export interface ChangePhaseData {
  changePhase: { partnership: PartnershipDetail };
}
