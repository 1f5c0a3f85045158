import { graphql } from '../graphql/graphql';

/** The 17 goals for the explorer, titled in the SDG language of the app's language. */
export const SDG_GOALS_QUERY = graphql(`
  query SdgGoals($lang: String!) {
    sdgGoals { code number color shortTitle(lang: $lang) title(lang: $lang) }
  }
`);
