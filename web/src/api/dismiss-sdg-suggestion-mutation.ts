import { graphql } from '../graphql/graphql';

export const DISMISS_SDG_SUGGESTION_MUTATION = graphql(`
  mutation DismissSdgSuggestion($input: DismissSdgSuggestionInput!) {
    dismissSdgSuggestion(input: $input) { partnership { id } }
  }
`);
