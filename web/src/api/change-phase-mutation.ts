import { graphql } from '../graphql/graphql';
import { PartnershipDetailViewFragment } from '../pages/detail/partnership-detail-view-fragment';

/** Answers with what the record's page shows, so the page updates in place. */
export const CHANGE_PHASE_MUTATION = graphql(
  `
    mutation ChangePhase($input: ChangePhaseInput!) {
      changePhase(input: $input) { partnership { id ...PartnershipDetailView } }
    }
  `,
  [PartnershipDetailViewFragment],
);
