import type { Actor } from './actor.js';
import { requireSignedIn } from './guards.js';

/**
 * `requireSignedIn` for a service that acts for an `Actor`: the system passes (and has
 * no account: null), a viewer must be signed in. A service calls it first, before it
 * reads its input, so an anonymous caller is told to sign in whatever they sent.
 */
export function requireSignedInActor(actor: Actor, action?: string): string | null {
  return actor.kind === 'system' ? null : requireSignedIn(actor.viewer, action);
}
