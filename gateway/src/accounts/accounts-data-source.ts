import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { Viewer } from '@msp-atlas/access';
import type { Logger } from '@msp-atlas/service-runtime';
import { execute, GraphQLError, parse, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { IdentityContext } from '../request-identity.js';
import { createAccountLoader } from './account/account.loader.js';
import type { AccountsContext } from './accounts-context.js';
import type { AccountsServices } from './accounts-services.js';
import { ANONYMOUS_CALLER } from './authentication/credential.js';

type RequestState = Pick<AccountsContext, 'accountLoader' | 'signInAttempts'>;

/**
 * Runs the accounts subgraph inside the gateway process: the gateway holds the
 * signing key and verifies every token anyway, so a network hop would add nothing.
 * It behaves like a remote subgraph towards the query planner.
 */
export class AccountsDataSource implements GraphQLDataSource {
  // The planner sends the same few operation texts again and again.
  private readonly documents = new Map<string, DocumentNode>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly services: AccountsServices,
    private readonly logger: Logger,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions) {
    const gatewayContext = options.context as IdentityContext;
    const caller = gatewayContext.caller ?? ANONYMOUS_CALLER;
    const state = (gatewayContext.accountsRequestState ??= {
      accountLoader: createAccountLoader(this.services.db),
      signInAttempts: { count: 0 },
    } satisfies RequestState) as RequestState;
    const contextValue: AccountsContext = {
      ...state,
      viewer: new Viewer(caller.identity),
      caller,
      clientAddress: gatewayContext.clientAddress ?? 'unknown',
      services: this.services,
    };
    const result = await execute({
      schema: this.schema,
      document: this.document(options.request.query!),
      variableValues: options.request.variables,
      operationName: options.request.operationName,
      contextValue,
    });
    return { data: result.data, errors: result.errors?.map((error) => this.format(error)) };
  }

  private document(query: string): DocumentNode {
    let document = this.documents.get(query);
    if (!document) {
      document = parse(query);
      if (this.documents.size >= 1_000) this.documents.clear();
      this.documents.set(query, document);
    }
    return document;
  }

  /** Errors raised on purpose carry a code; anything else is logged and hidden, as in the other subgraphs. */
  private format(error: GraphQLError): GraphQLFormattedError {
    if (!error.originalError || error.originalError instanceof GraphQLError) {
      // `http` (status, headers) is for an HTTP server's own response; the gateway's
      // retry-after plugin derives those from the code, so it stays out of the body.
      const formatted = error.toJSON();
      const { http: _http, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    this.logger.error({ err: error.originalError, path: error.path }, 'unexpected error in the accounts subgraph');
    return { message: 'Internal server error', path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
}
