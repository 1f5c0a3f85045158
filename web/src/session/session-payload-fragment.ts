import { graphql, type ResultOf } from '../graphql/graphql';

/** What the app keeps of every sign-up, sign-in and renewal: the token, its end and who it belongs to. */
export const SessionPayloadFragment = graphql(`
  fragment SessionPayload on AuthPayload {
    token expiresAt
    viewer { id name email isAdmin curatorCountries }
  }
`);

export type AuthPayload = ResultOf<typeof SessionPayloadFragment>;
/** The signed-in person. */
export type SessionAccount = AuthPayload['viewer'];
