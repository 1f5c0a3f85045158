import { graphql } from '../graphql/graphql';
import { SessionPayloadFragment } from '../session/session-payload-fragment';

export const SIGN_UP_MUTATION = graphql(
  `
    mutation SignUp($input: SignUpInput!) {
      signUp(input: $input) { ...SessionPayload }
    }
  `,
  [SessionPayloadFragment],
);
