import type { AuthPayload } from './account-types';
import { AUTH_PAYLOAD_FIELDS } from './auth-payload-fields';

export const SIGN_IN_MUTATION = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) { ${AUTH_PAYLOAD_FIELDS} }
  }
`;

export interface SignInVariables {
  input: { email: string; password: string };
}

export interface SignInData {
  signIn: AuthPayload;
}
