/** What the app keeps of every sign-up, sign-in and renewal: the token, its end and who it belongs to. */
export const AUTH_PAYLOAD_FIELDS = /* GraphQL */ `
  token expiresAt viewer { id name email isAdmin curatorCountries }
`;
