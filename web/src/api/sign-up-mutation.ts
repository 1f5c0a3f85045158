import type { AuthPayload } from './account-types';
import { AUTH_PAYLOAD_FIELDS } from './auth-payload-fields';

export const SIGN_UP_MUTATION = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) { ${AUTH_PAYLOAD_FIELDS} }
  }
`;

export interface SignUpVariables {
  input: { email: string; password: string; name: string };
}

export interface SignUpData {
  signUp: AuthPayload;
}
