import { graphql } from '../graphql/graphql';

/** What a list of similar initiatives shows of each. */
export const OverlapFieldsFragment = graphql(`
  fragment OverlapFields on Overlap {
    score
    kind
    past
    partnership { id slug name status countries }
    reasons { kind codes passage matchedPassage organizations { id name } }
  }
`);
