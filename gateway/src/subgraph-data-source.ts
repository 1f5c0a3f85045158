import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { signGatewayRequest } from '@msp-atlas/gateway-trust';
import type { Logger } from '@msp-atlas/service-runtime';
import { GraphQLError } from 'graphql';
import { withTimeout } from './keep-alive-fetcher.js';
import { identityOf, type IdentityContext } from './request-identity.js';

interface ErrorBody {
  errors?: { message?: string; extensions?: Record<string, unknown> }[];
}

type DataSourceConfig = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>;

/**
 * How long one subgraph request may take, from sending until its body is read.
 * Subgraph operations here answer in milliseconds to a few hundred; ten seconds is
 * far beyond a healthy answer, yet well before browsers and reverse proxies give up
 * (commonly 30-60 s), so the client still gets the other services' data in time.
 */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 10_000;

export interface SubgraphDataSourceConfig extends DataSourceConfig {
  /** The subgraph's name in the supergraph: errors name the part that failed. */
  name: string;
  /** Shared with the subgraphs: every request is signed with it. */
  gatewaySecret: string;
  /** Time allowed for one request, body included; `DEFAULT_SUBGRAPH_TIMEOUT_MS` unless given. */
  timeoutMs?: number;
  /** Where the cause of a failed subgraph request is logged; the client never sees it. */
  logger?: Logger;
  /** Mark the request context when this subgraph is sent a mutation (`accountsChanged`). */
  marksAccessChanges?: boolean;
}

/** Why a subgraph request failed, as `extensions.reason` tells the client. */
type Unavailability = 'UNREACHABLE' | 'TIMEOUT' | 'FAILED';

/**
 * Every request to a subgraph carries the gateway's proof and the caller's
 * identity (see @msp-atlas/gateway-trust): subgraphs refuse anything else.
 *
 * A subgraph that refuses a request outright (HTTP 4xx) still says why in a GraphQL
 * error body: a custom scalar the gateway cannot check, such as a malformed date,
 * is only caught there. Pass the subgraph's own error on instead of the library's
 * generic "400: Bad Request", which would also expose the subgraph's address.
 *
 * A subgraph that cannot be reached (connection refused or reset), does not answer
 * within the timeout, or answers with HTTP 5xx fails only its own part of the
 * query: the gateway adds one `SERVICE_UNAVAILABLE` error naming the subgraph in
 * `extensions.service`, keeps the data the other fetches returned, and answers
 * nulls where the missing fields were (see gateway/README.md). The cause (address,
 * system error) is logged, never sent.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  private readonly gatewaySecret: string;
  private readonly serviceName: string;
  private readonly timeoutMs: number;
  private readonly logger: Logger | undefined;
  private readonly marksAccessChanges: boolean;

  constructor(config: SubgraphDataSourceConfig) {
    const { gatewaySecret, name, timeoutMs = DEFAULT_SUBGRAPH_TIMEOUT_MS, logger, marksAccessChanges = false, ...rest } = config;
    if (!Number.isInteger(timeoutMs) || timeoutMs < 1) throw new Error(`Invalid subgraph timeout: ${timeoutMs}`);
    super(rest);
    this.gatewaySecret = gatewaySecret;
    this.serviceName = name;
    this.timeoutMs = timeoutMs;
    this.logger = logger;
    this.marksAccessChanges = marksAccessChanges;
    this.fetcher = withTimeout(this.fetcher, timeoutMs);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions): void {
    // set() replaces: whatever else put these headers on the request, ours win.
    const headers = signGatewayRequest({ secret: this.gatewaySecret, identity: identityOf(context) });
    for (const [name, value] of Object.entries(headers)) request.http?.headers.set(name, value);
    if (this.marksAccessChanges && request.query?.trimStart().startsWith('mutation')) (context as IdentityContext).accountsChanged = true;
  }

  /** Called with whatever failed a request; what it throws is what the gateway reports. */
  override didEncounterError(error: Error): never {
    // Errors made from the response (errorFromResponse) are already safe to pass on.
    if (error instanceof GraphQLError) throw error;
    if (isAbort(error)) throw this.unavailable('TIMEOUT', error);
    if (isSystemError(error)) throw this.unavailable('UNREACHABLE', error);
    // Anything else (a body that is not JSON, say) may name the subgraph's address.
    this.logger?.error({ err: error, service: this.serviceName }, 'subgraph answered unexpectedly');
    throw new GraphQLError(`${this.describe()} did not answer as expected`, { extensions: this.extensions('SUBGRAPH_ERROR') });
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    const body = (await this.parseBody(response).catch(() => undefined)) as ErrorBody | undefined;
    const first = typeof body === 'object' ? body?.errors?.[0] : undefined;
    if (response.status >= 500) return this.unavailable('FAILED', new Error(`HTTP ${response.status}: ${first?.message ?? ''}`));
    if (first?.message && first.extensions?.code) {
      return new GraphQLError(first.message, { extensions: { ...first.extensions } });
    }
    const code = response.status === 401 ? 'UNAUTHENTICATED' : response.status === 403 ? 'FORBIDDEN' : 'SUBGRAPH_ERROR';
    return new GraphQLError(`${this.describe()} did not answer as expected (${response.status})`, { extensions: this.extensions(code) });
  }

  private unavailable(reason: Unavailability, cause: unknown): GraphQLError {
    this.logger?.warn({ err: cause, service: this.serviceName, reason, timeoutMs: this.timeoutMs }, 'subgraph unavailable');
    return new GraphQLError(`${this.describe()} is unavailable`, { extensions: { ...this.extensions('SERVICE_UNAVAILABLE'), reason } });
  }

  private describe(): string {
    return `The ${this.serviceName} service`;
  }

  private extensions(code: string): Record<string, unknown> {
    return { code, service: this.serviceName };
  }
}

/** node-fetch's rejection once the timeout's signal fired (before or during the body). */
function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** node-fetch's FetchError for a socket-level failure: refused, reset, host unknown. */
function isSystemError(error: unknown): boolean {
  return error instanceof Error && error.name === 'FetchError' && (error as { type?: string }).type === 'system';
}
