import { graphql } from '../graphql/graphql';
import { SessionPayloadFragment } from '../session/session-payload-fragment';

export const SIGN_IN_MUTATION = graphql(
  `
    mutation SignIn($input: SignInInput!) {
      signIn(input: $input) { ...SessionPayload }
    }
  `,
  [SessionPayloadFragment],
);
