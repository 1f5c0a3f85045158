import { graphql } from '../graphql/graphql';
import { OverlapFieldsFragment } from './overlap-fields';

/** Registered initiatives like a draft, before it is registered; stores nothing. */
export const CHECK_OVERLAPS_QUERY = graphql(
  `
    query CheckOverlaps($draft: PartnershipDraftInput!, $first: Int) {
      checkOverlaps(draft: $draft, first: $first) { ...OverlapFields }
    }
  `,
  [OverlapFieldsFragment],
);
