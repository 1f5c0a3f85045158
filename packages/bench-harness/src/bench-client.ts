/** The benchmarks' HTTP client: one POST per operation over Node's kept-alive fetch, with the status kept. */
export interface BenchResponse {
  status: number;
  data?: any;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export type BenchGraphql = (query: string, variables?: Record<string, unknown>) => Promise<BenchResponse>;

/** A client for the gateway; with a token, every request carries it as `Authorization: Bearer`. */
export function benchClient(graphqlUrl: string, token?: string): BenchGraphql {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return async (query, variables = {}) => {
    const response = await fetch(graphqlUrl, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const text = await response.text();
    try {
      return { status: response.status, ...(JSON.parse(text) as Omit<BenchResponse, 'status'>) };
    } catch {
      return { status: response.status, errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
    }
  };
}

/** Why a response counts as an error (a status other than 200, or any GraphQL error); null when it succeeded. */
export function failureOf(response: BenchResponse): string | null {
  const [first] = response.errors ?? [];
  const status = response.status === 200 ? '' : ` (HTTP ${response.status})`;
  if (first) return `${String(first.extensions?.code ?? 'ERROR')}: ${first.message}${status}`;
  if (status) return `HTTP ${response.status}`;
  if (!response.data) return 'no data';
  return null;
}

/** The data of a response that must have succeeded. */
export function dataOrThrow(response: BenchResponse): any {
  const failure = failureOf(response);
  if (failure) throw new Error(failure);
  return response.data;
}
