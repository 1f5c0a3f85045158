import { graphql } from '../graphql/graphql';
import { CuratorRowFragment } from '../pages/admin/curator-row-fragment';

/** Everyone who curates a country; administrators see their e-mail addresses. */
export const CURATORS_QUERY = graphql(
  `
    query Curators {
      curators { ...CuratorRow }
    }
  `,
  [CuratorRowFragment],
);
