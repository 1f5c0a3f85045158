import { requireSignedIn, type Viewer } from '@msp-atlas/access';
import { badUserInput, conflict, forbidden, notFound, isUuid } from '@msp-atlas/federation';
import { isUniqueViolation } from '@msp-atlas/db';
import { invitationField, MEMBERS_FIELD } from '../access/member-visibility.js';
import { requireMemberManager } from '../access/partnership-editor.js';
import type { Db, Trx } from '../database.js';
import { recordPartnershipChange } from '../history/record-partnership-change.js';
import { lockExistingPartnership } from '../partnership/partnership-claim.js';
import type { PartnershipRow } from '../partnership/partnership.table.js';
import { emailAddress } from '../validation/rules.js';
import type { AcceptPartnershipInvitationInput } from './accept-partnership-invitation.input.js';
import type { DeclinePartnershipInvitationInput } from './decline-partnership-invitation.input.js';
import { InvitationStatus } from './invitation-status.js';
import { findInvitation, findPendingInvitation, insertInvitation, setInvitationStatus } from './invitation.repository.js';
import type { InvitePartnershipMemberInput } from './invite-partnership-member.input.js';
import { deleteMember, insertMember, membersOf } from './membership.repository.js';
import type { PartnershipInvitationRow } from './membership.table.js';
import type { RemovePartnershipMemberInput } from './remove-partnership-member.input.js';
import type { RevokePartnershipInvitationInput } from './revoke-partnership-invitation.input.js';

// Membership changes are about who may edit, not about the published record: they
// lock the partnership (so two of them cannot, say, remove the last two members at
// once) and go into its change history, but leave its version and the event log alone.

export interface InvitationChange {
  partnership: PartnershipRow;
  invitation: PartnershipInvitationRow;
}

/** A member invites an e-mail address; whoever signs in with it may accept. */
export async function invitePartnershipMember(db: Db, viewer: Viewer, input: InvitePartnershipMemberInput): Promise<InvitationChange> {
  requireSignedIn(viewer, 'invite members');
  const email = emailAddress(input.email, 'input.email').toLowerCase();
  try {
    return await db.transaction().execute(async (trx) => {
      const partnership = await lockExistingPartnership(trx, input.partnershipId);
      const accountId = await requireMemberManager(trx, viewer, partnership);
      const members = await membersOf(trx, [partnership.id]);
      if (members.some((member) => member.email === email)) {
        throw badUserInput('This address belongs to a member already', 'input.email');
      }
      if (await findPendingInvitation(trx, partnership.id, email)) throw pendingAlready();
      const invitation = await insertInvitation(trx, { partnership_id: partnership.id, email, invited_by: accountId });
      await recordPartnershipChange(trx, accountId, partnership, 'invitePartnershipMember', [
        { field: invitationField(invitation.id), old: null, new: invitationState(invitation) },
      ]);
      return { partnership, invitation };
    });
  } catch (error) {
    // The partnership lock serialises invitations; the index is the last line.
    if (isUniqueViolation(error, 'partnership_invitations_one_pending')) throw pendingAlready();
    throw error;
  }
}

/** The invited account joins: only the one signed in with the invited, verified e-mail. */
export async function acceptPartnershipInvitation(
  db: Db,
  viewer: Viewer,
  input: AcceptPartnershipInvitationInput,
): Promise<InvitationChange> {
  const accountId = requireSignedIn(viewer, 'accept an invitation');
  return db.transaction().execute(async (trx) => {
    const { partnership, invitation } = await claimOwnInvitation(trx, viewer, input.invitationId);
    const members = await membersOf(trx, [partnership.id]);
    if (members.some((member) => member.account_id === accountId)) {
      throw badUserInput('You are a member of this partnership already; decline the invitation instead', 'input.invitationId');
    }
    await insertMember(trx, { partnership_id: partnership.id, account_id: accountId, email: invitation.email, invited_by: invitation.invited_by });
    const accepted = await setInvitationStatus(trx, invitation.id, InvitationStatus.ACCEPTED);
    const memberIds = members.map((member) => member.account_id);
    await recordPartnershipChange(trx, accountId, partnership, 'acceptPartnershipInvitation', [
      { field: MEMBERS_FIELD, old: memberIds, new: [...memberIds, accountId] },
      { field: invitationField(invitation.id), old: invitationState(invitation), new: invitationState(accepted) },
    ]);
    return { partnership, invitation: accepted };
  });
}

/** The invited account says no; the invitation stays on record as declined. */
export async function declinePartnershipInvitation(
  db: Db,
  viewer: Viewer,
  input: DeclinePartnershipInvitationInput,
): Promise<InvitationChange> {
  const accountId = requireSignedIn(viewer, 'decline an invitation');
  return db.transaction().execute(async (trx) => {
    const { partnership, invitation } = await claimOwnInvitation(trx, viewer, input.invitationId);
    const declined = await setInvitationStatus(trx, invitation.id, InvitationStatus.DECLINED);
    await recordInvitationStatus(trx, accountId, partnership, 'declinePartnershipInvitation', invitation, declined);
    return { partnership, invitation: declined };
  });
}

/** A member withdraws an invitation that is still pending. */
export async function revokePartnershipInvitation(
  db: Db,
  viewer: Viewer,
  input: RevokePartnershipInvitationInput,
): Promise<InvitationChange> {
  requireSignedIn(viewer, 'revoke an invitation');
  return db.transaction().execute(async (trx) => {
    const { partnership, invitation } = await claimInvitation(trx, input.invitationId);
    const accountId = await requireMemberManager(trx, viewer, partnership);
    requirePending(invitation);
    const revoked = await setInvitationStatus(trx, invitation.id, InvitationStatus.REVOKED);
    await recordInvitationStatus(trx, accountId, partnership, 'revokePartnershipInvitation', invitation, revoked);
    return { partnership, invitation: revoked };
  });
}

/**
 * A member removes a member, or themself. The last member stays: a partnership
 * without members could then be changed by curators only.
 */
export async function removePartnershipMember(db: Db, viewer: Viewer, input: RemovePartnershipMemberInput): Promise<PartnershipRow> {
  requireSignedIn(viewer, 'remove members');
  return db.transaction().execute(async (trx) => {
    const partnership = await lockExistingPartnership(trx, input.partnershipId);
    const accountId = await requireMemberManager(trx, viewer, partnership);
    const memberIds = (await membersOf(trx, [partnership.id])).map((member) => member.account_id);
    if (!memberIds.includes(input.accountId)) throw badUserInput('Not a member of this partnership', 'input.accountId');
    if (memberIds.length === 1) {
      throw badUserInput('The last member cannot be removed; invite another member first', 'input.accountId');
    }
    await deleteMember(trx, partnership.id, input.accountId);
    await recordPartnershipChange(trx, accountId, partnership, 'removePartnershipMember', [
      { field: MEMBERS_FIELD, old: memberIds, new: memberIds.filter((id) => id !== input.accountId) },
    ]);
    return partnership;
  });
}

/** Locks the invitation's partnership, then reads the invitation as the lock leaves it. */
async function claimInvitation(trx: Trx, invitationId: string): Promise<InvitationChange> {
  const found = isUuid(invitationId) ? await findInvitation(trx, invitationId) : undefined;
  if (!found) throw notFound('PartnershipInvitation', invitationId);
  const partnership = await lockExistingPartnership(trx, found.partnership_id);
  const invitation = (await findInvitation(trx, invitationId))!;
  return { partnership, invitation };
}

/** The viewer's own pending invitation: the one sent to the verified address they signed in with. */
async function claimOwnInvitation(trx: Trx, viewer: Viewer, invitationId: string): Promise<InvitationChange> {
  const claimed = await claimInvitation(trx, invitationId);
  if (viewer.email !== claimed.invitation.email) {
    throw forbidden('This invitation was sent to another e-mail address than the one you signed in with');
  }
  requirePending(claimed.invitation);
  return claimed;
}

function requirePending(invitation: PartnershipInvitationRow): void {
  if (invitation.status !== InvitationStatus.PENDING) {
    throw badUserInput(`This invitation was ${invitation.status.toLowerCase()} already`, 'input.invitationId');
  }
}

function pendingAlready() {
  return conflict('An invitation to this address is pending already', { field: 'input.email' });
}

function invitationState(invitation: PartnershipInvitationRow) {
  return { email: invitation.email, status: invitation.status };
}

async function recordInvitationStatus(
  trx: Trx,
  accountId: string,
  partnership: PartnershipRow,
  action: string,
  before: PartnershipInvitationRow,
  after: PartnershipInvitationRow,
): Promise<void> {
  await recordPartnershipChange(trx, accountId, partnership, action, [
    { field: invitationField(before.id), old: invitationState(before), new: invitationState(after) },
  ]);
}
