import type { Viewer } from './viewer.js';

/**
 * Who makes a change: a caller of the API, whose rights come from their membership
 * and roles, or the system itself (loading demo data, say), which acts without an
 * account. Only code constructs SYSTEM_ACTOR; the API always acts as the viewer.
 */
export type Actor = { readonly kind: 'viewer'; readonly viewer: Viewer } | { readonly kind: 'system' };

export const SYSTEM_ACTOR: Actor = Object.freeze({ kind: 'system' });

export function viewerActor(viewer: Viewer): Actor {
  return { kind: 'viewer', viewer };
}

/** The account to record as having made a change; null for the system. */
export function actorAccountId(actor: Actor): string | null {
  return actor.kind === 'viewer' ? actor.viewer.accountId : null;
}
