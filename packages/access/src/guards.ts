import { forbidden, unauthenticated } from '@msp-atlas/domain-errors';
import type { Viewer } from './viewer.js';

/** The viewer's account id; UNAUTHENTICATED for an anonymous caller. */
export function requireSignedIn(viewer: Viewer, action = 'do this'): string {
  if (viewer.accountId === null) throw unauthenticated(`Sign in to ${action}`);
  return viewer.accountId;
}

/** Platform administration (appointing curators): admins only. */
export function requireAdmin(viewer: Viewer, action = 'do this'): string {
  const accountId = requireSignedIn(viewer, action);
  if (!viewer.isAdmin) throw forbidden(`Only an administrator may ${action}`);
  return accountId;
}
