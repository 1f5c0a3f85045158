import type { AuthPayload } from './account-types';
import { AUTH_PAYLOAD_FIELDS } from './auth-payload-fields';

/** A fresh token for the same sign-in; the app sends it a minute before the current one expires. */
export const RENEW_TOKEN_MUTATION = /* GraphQL */ `
  mutation RenewToken {
    renewToken { ${AUTH_PAYLOAD_FIELDS} }
  }
`;

export interface RenewTokenData {
  renewToken: AuthPayload;
}
