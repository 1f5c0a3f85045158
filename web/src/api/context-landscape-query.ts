import { graphql } from '../graphql/graphql';

/** Who works on what in the chosen countries or regions (the context service). */
export const CONTEXT_LANDSCAPE_QUERY = graphql(`
  query ContextLandscape($filter: LandscapeFilterInput!) {
    contextLandscape(filter: $filter) {
      initiativeCount
      truncated
      initiatives {
        partnership { id slug }
        name scope phase status countries sectors sdgTargets suggestedTargets organizationCount clusterId
        resources { funding { currency amount } personDays }
      }
      clusters {
        id
        members { id }
        sharedTargets sharedCountries organizationCount
        resources { funding { currency amount } personDays }
      }
      links { source target score kind }
      fragmentation { target country initiativeCount linkedShare smallShare fragmentation }
    }
  }
`);
