import { ACCESS_FEED_PATH } from '@msp-atlas/gateway-trust';
import type { RouteHandler } from '@msp-atlas/service-runtime';
import type { IdentityDb } from '../database.js';
import { internalRoute } from '../internal/internal-route.js';
import { readAccessFeed } from './access-feed.js';

const CURSOR = /^\d{1,15}$/;

/** `GET /internal/access-changes?after=<cursor>` for the gateways (see README, "Access feed"). */
export function accessFeedRoute(db: IdentityDb, gatewaySecret: string): RouteHandler {
  return internalRoute('GET', ACCESS_FEED_PATH, gatewaySecret, async (_request, url) => {
    const after = url.searchParams.get('after');
    if (after !== null && !CURSOR.test(after)) return { status: 400, body: { error: 'after: a sequence number' } };
    return { status: 200, body: await readAccessFeed(db, after === null ? null : Number(after)) };
  });
}
