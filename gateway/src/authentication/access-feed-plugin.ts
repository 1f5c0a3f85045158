import type { ApolloServerPlugin } from '@apollo/server';
import type { IdentityContext } from '../request-identity.js';
import type { AccessFeed } from './access-feed.js';

/**
 * After a mutation of the accounts subgraph (sign-out, a role change) the response
 * waits for one more read of the access feed, so the caller's next request through
 * this gateway already sees the change; other gateways see it within their interval.
 */
export function accessFeedPlugin(feed: AccessFeed): ApolloServerPlugin<IdentityContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          if (contextValue.accountsChanged) await feed.refresh();
        },
      };
    },
  };
}
