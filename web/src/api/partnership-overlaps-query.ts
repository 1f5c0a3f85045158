import { graphql } from '../graphql/graphql';
import { OverlapFieldsFragment } from './overlap-fields';

/** The initiatives most like a partnership (the context service). */
export const PARTNERSHIP_OVERLAPS_QUERY = graphql(
  `
    query PartnershipOverlaps($id: ID!, $first: Int) {
      partnership(id: $id) {
        id
        overlaps(first: $first) { ...OverlapFields }
      }
    }
  `,
  [OverlapFieldsFragment],
);
