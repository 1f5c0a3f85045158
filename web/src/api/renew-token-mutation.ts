import { graphql } from '../graphql/graphql';
import { SessionPayloadFragment } from '../session/session-payload-fragment';

/** A fresh token for the same sign-in; the app sends it a minute before the current one expires. */
export const RENEW_TOKEN_MUTATION = graphql(
  `
    mutation RenewToken {
      renewToken { ...SessionPayload }
    }
  `,
  [SessionPayloadFragment],
);
