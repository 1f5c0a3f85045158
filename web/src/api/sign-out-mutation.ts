import { graphql } from '../graphql/graphql';

/** Ends the sign-in on the server: every token of the session stops working. */
export const SIGN_OUT_MUTATION = graphql(`
  mutation SignOut {
    signOut { signedOut }
  }
`);
