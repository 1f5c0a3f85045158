import { graphql } from '../graphql/graphql';

/** Coverage of goals and targets for the chosen countries or region. */
export const SDG_COVERAGE_QUERY = graphql(`
  query SdgCoverage($filter: SdgCoverageFilter, $lang: String!) {
    sdgCoverage(filter: $filter) {
      partnerships organizations
      money { currency amount }
      reportingTotal { currency amount ratesDate ratesSource unconvertedCurrencies }
      goals {
        goal { code number color shortTitle(lang: $lang) }
        partnerships organizations money { currency amount }
        targets { target { code title(lang: $lang) } partnerships organizations money { currency amount } }
      }
      orphanedTargets { code title(lang: $lang) }
    }
  }
`);
