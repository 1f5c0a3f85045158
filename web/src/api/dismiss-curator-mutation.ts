import { graphql } from '../graphql/graphql';
import { CuratorRowFragment } from '../pages/admin/curator-row-fragment';

export const DISMISS_CURATOR_MUTATION = graphql(
  `
    mutation DismissCurator($input: DismissCuratorInput!) {
      dismissCurator(input: $input) { account { ...CuratorRow } }
    }
  `,
  [CuratorRowFragment],
);
