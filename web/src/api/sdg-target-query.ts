import { graphql } from '../graphql/graphql';

/** One target with its goal, indicators and the partnerships declaring it. */
export const SDG_TARGET_QUERY = graphql(`
  query SdgTarget($code: String!, $lang: String!) {
    sdgTarget(code: $code) {
      code title(lang: $lang)
      goal { code number color shortTitle(lang: $lang) }
      indicators { code title }
      partnerships(first: 20) { totalCount edges { node { id slug name countries } } }
    }
  }
`);
