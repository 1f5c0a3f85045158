import { dataOf, graphqlClient, type GraphqlClient } from '@msp-atlas/test-harness';

export interface SignedUpAccount {
  id: string;
  email: string;
  password: string;
  token: string;
  /** Sends the account's token with every request. */
  graphql: GraphqlClient;
}

let sequence = 0;

/** Seed builder: a fresh account, signed up through the public API. */
export async function signUpAccount(graphqlUrl: string, overrides: { email?: string; name?: string; password?: string } = {}): Promise<SignedUpAccount> {
  sequence += 1;
  const email = overrides.email ?? `person-${process.pid}-${sequence}-${Date.now()}@example.org`;
  const password = overrides.password ?? `correct horse ${sequence}`;
  const data = dataOf(
    await graphqlClient(graphqlUrl)(`mutation($input: SignUpInput!) { signUp(input: $input) { token viewer { id email } } }`, {
      input: { email, password, name: overrides.name ?? `Person ${sequence}` },
    }),
  );
  const token: string = data.signUp.token;
  return { id: data.signUp.viewer.id, email, password, token, graphql: bearerClient(graphqlUrl, token) };
}

/** Signs in through the public API and returns a client carrying the new token. */
export async function signInAccount(graphqlUrl: string, email: string, password: string) {
  const data = dataOf(
    await graphqlClient(graphqlUrl)(`mutation($input: SignInInput!) { signIn(input: $input) { token viewer { id } } }`, {
      input: { email, password },
    }),
  );
  return { id: data.signIn.viewer.id as string, token: data.signIn.token as string, graphql: bearerClient(graphqlUrl, data.signIn.token) };
}

export function bearerClient(graphqlUrl: string, token: string): GraphqlClient {
  return graphqlClient(graphqlUrl, { authorization: `Bearer ${token}` });
}
