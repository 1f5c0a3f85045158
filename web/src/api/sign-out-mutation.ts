/** Ends the sign-in on the server: every token of the session stops working. */
export const SIGN_OUT_MUTATION = /* GraphQL */ `
  mutation SignOut {
    signOut { signedOut }
  }
`;

export interface SignOutData {
  signOut: { signedOut: boolean };
}
