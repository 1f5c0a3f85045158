export { createLogger, type Logger } from './logger.js';
export { startHttpService, type HttpService, type HttpServiceOptions, type RouteHandler } from './http-service.js';
export { graphqlRoute } from './graphql-route.js';
export { onShutdownSignal } from './shutdown.js';
export { readBody, BodyTooLargeError } from './read-body.js';
export { startGraphqlService, hideInternalErrors, domainErrorExtensions, type GraphqlServiceOptions } from './graphql-service.js';
export {
  defineSubgraph,
  type EventConsumerDefinitions,
  type RunningConsumers,
  type RequestContextDeps,
  type RunningSubgraph,
  type Subgraph,
  type SubgraphSpec,
  type SubgraphStartOptions,
} from './define-subgraph.js';
export { subgraphDatabase, type SubgraphDatabase, type ConnectOptions } from './subgraph-database.js';
export type { SubgraphConsumer, ConsumerDeps, ConsumerFactories } from './subgraph-consumers.js';
export type { SubgraphEnv, ServiceSettingsShape } from './subgraph-env.js';
export { TokenBuckets, type TakeResult, type TokenBucketOptions } from './token-bucket.js';
export { createEventConsumer } from './event-consumer-factory.js';
export { loadSubgraph, type AnySubgraph } from './load-subgraph.js';
