export { requireAdmin, requireSignedIn } from './guards.js';
export { requireSignedInActor } from './signed-in-actor.js';
export type { ViewerContext } from './viewer-context.js';
export {
  canEditRecord,
  canManageMembers,
  canSeeContacts,
  requireEditRecord,
  requireManageMembers,
  type MemberRecord,
} from './record-access.js';
export { Viewer, type GrantPlace } from './viewer.js';
export { actorAccountId, SYSTEM_ACTOR, viewerActor, type Actor } from './actor.js';
