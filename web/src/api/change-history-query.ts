import { graphql } from '../graphql/graphql';

/** A partnership's public change history, newest first, one page at a time. */
export const CHANGE_HISTORY_QUERY = graphql(`
  query PartnershipChangeHistory($id: ID!, $first: Int, $after: String) {
    partnership(id: $id) {
      id
      changeHistory(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          cursor
          node { id recordVersion action occurredAt actor { id name } changes { field oldValue newValue redacted } }
        }
      }
    }
  }
`);
