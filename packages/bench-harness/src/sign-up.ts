import { benchClient, dataOrThrow } from './bench-client.js';

let sequence = 0;

/**
 * A new account signed up through the public API (the supergraph's `signUp`), and its
 * token. The subgraph that issues tokens must be among the benchmark's processes.
 */
export async function signUpForBench(graphqlUrl: string, name: string): Promise<{ id: string; token: string }> {
  sequence += 1;
  const input = { email: `bench-${process.pid}-${sequence}-${Date.now()}@example.org`, password: `bench password ${sequence} of ${process.pid}`, name };
  const data = dataOrThrow(await benchClient(graphqlUrl)(`mutation($input: SignUpInput!) { signUp(input: $input) { token viewer { id } } }`, { input }));
  return { id: data.signUp.viewer.id, token: data.signUp.token };
}
