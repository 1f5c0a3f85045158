import { IDENTITY_HEADER, PROOF_HEADER } from '@msp-atlas/gateway-trust';
import type { RouteHandler } from '@msp-atlas/service-runtime';

/**
 * Drops the gateway-to-subgraph headers a client sent. The data source signs
 * its own anyway; dropping them at the door means no code of the gateway can
 * mistake a client's claim for the gateway's word.
 */
export function withoutTrustHeaders(route: RouteHandler): RouteHandler {
  return (request, response, url) => {
    delete request.headers[IDENTITY_HEADER];
    delete request.headers[PROOF_HEADER];
    return route(request, response, url);
  };
}
