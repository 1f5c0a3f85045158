import { graphql } from '../graphql/graphql';
import { PartnershipDetailViewFragment } from '../pages/detail/partnership-detail-view-fragment';

export const PARTNERSHIP_DETAIL_QUERY = graphql(
  `
    query PartnershipDetail($slug: String!) {
      partnershipBySlug(slug: $slug) { id name ...PartnershipDetailView }
    }
  `,
  [PartnershipDetailViewFragment],
);
