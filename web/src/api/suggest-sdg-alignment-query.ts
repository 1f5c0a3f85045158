import { graphql } from '../graphql/graphql';

/** Targets a draft's text points to, as the registration form shows them while the user types. */
export const SUGGEST_SDG_ALIGNMENT_QUERY = graphql(`
  query SuggestSdgAlignment($text: String!, $lang: String) {
    suggestSdgAlignment(text: $text, lang: $lang) {
      score
      goal { code number color }
      target { code title(lang: $lang) }
      evidence { phrase }
    }
  }
`);
