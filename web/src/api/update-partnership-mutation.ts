import { graphql } from '../graphql/graphql';
import { PartnershipDetailViewFragment } from '../pages/detail/partnership-detail-view-fragment';

/** Changes the fields given; answers with the whole record, as the detail page shows it. */
export const UPDATE_PARTNERSHIP_MUTATION = graphql(
  `
    mutation UpdatePartnership($input: UpdatePartnershipInput!) {
      updatePartnership(input: $input) { partnership { id ...PartnershipDetailView } }
    }
  `,
  [PartnershipDetailViewFragment],
);
