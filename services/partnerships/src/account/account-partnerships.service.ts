import type { Viewer } from '@msp-atlas/access';
import { forbidden } from '@msp-atlas/federation';
import type { Db } from '../database.js';
import type { Loaders } from '../graphql/loaders.js';
import { pendingInvitationsTo } from '../membership/invitation.repository.js';
import type { PartnershipInvitationRow } from '../membership/membership.table.js';
import { membershipsOfAccount } from '../membership/membership.repository.js';
import type { PartnershipRow } from '../partnership/partnership.table.js';

// An account's memberships and invitations are its own business: other viewers,
// admins included, get FORBIDDEN rather than an empty list that would read as "none".

/** The partnerships the account is a member of, the latest joined first. */
export async function partnershipMembershipsOf(db: Db, loaders: Loaders, viewer: Viewer, accountId: string): Promise<PartnershipRow[]> {
  requireSelf(viewer, accountId, 'partnership memberships');
  const memberships = await membershipsOfAccount(db, accountId);
  const rows = await Promise.all(memberships.map((membership) => loaders.partnership.load(membership.partnership_id)));
  return rows.flatMap((row) => (row ? [row] : []));
}

/** Pending invitations to the account's verified e-mail address, newest first. */
export async function partnershipInvitationsOf(db: Db, viewer: Viewer, accountId: string): Promise<PartnershipInvitationRow[]> {
  requireSelf(viewer, accountId, 'partnership invitations');
  if (viewer.email === null) return [];
  return pendingInvitationsTo(db, viewer.email);
}

function requireSelf(viewer: Viewer, accountId: string, what: string): void {
  if (viewer.accountId === null || viewer.accountId !== accountId) {
    throw forbidden(`Only the account itself may see its ${what}`);
  }
}
