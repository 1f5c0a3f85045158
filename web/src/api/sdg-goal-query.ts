import { graphql } from '../graphql/graphql';

/** One goal with its targets, their indicators, and the first partnerships declaring each target. */
export const SDG_GOAL_QUERY = graphql(`
  query SdgGoal($code: String!, $lang: String!) {
    sdgGoal(code: $code) {
      code number color shortTitle(lang: $lang) title(lang: $lang)
      targets {
        code title(lang: $lang)
        indicators { code title }
        partnerships(first: 5) { totalCount edges { node { id slug name countries } } }
      }
    }
  }
`);
