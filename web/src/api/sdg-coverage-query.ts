import { graphql } from '../graphql/graphql';

/** Coverage of goals and targets for the chosen countries or region; titles come from the framework in the app (lighter to ask). */
export const SDG_COVERAGE_QUERY = graphql(`
  query SdgCoverage($filter: SdgCoverageFilter) {
    sdgCoverage(filter: $filter) {
      partnerships organizations
      money { currency amount }
      reportingTotal { currency amount ratesDate ratesSource unconvertedCurrencies }
      goals {
        goal { code number color }
        partnerships organizations money { currency amount }
      }
      targets { target { code } partnerships organizations money { currency amount } }
      orphanedTargets { code }
    }
  }
`);
