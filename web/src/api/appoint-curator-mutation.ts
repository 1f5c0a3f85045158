import { graphql } from '../graphql/graphql';
import { CuratorRowFragment } from '../pages/admin/curator-row-fragment';

export const APPOINT_CURATOR_MUTATION = graphql(
  `
    mutation AppointCurator($input: AppointCuratorInput!) {
      appointCurator(input: $input) { account { ...CuratorRow } }
    }
  `,
  [CuratorRowFragment],
);
