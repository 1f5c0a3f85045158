import type { Viewer } from './viewer.js';

/** What every subgraph's GraphQL context holds: the caller, for the services' checks. */
export interface ViewerContext {
  viewer: Viewer;
}
