import { requireSignedIn, viewerActor, type Viewer } from '@msp-atlas/access';
import { isUniqueViolation } from '@msp-atlas/db';
import { badUserInput, conflict, forbidden, notFound } from '@msp-atlas/domain-errors';
import { isUuid } from '@msp-atlas/federation';
import { lockRecord, recordEvent, writeChange } from '@msp-atlas/record-writer';
import { emailAddress } from '@msp-atlas/validation';
import { invitationField, MEMBERS_FIELD } from '../access/member-visibility.js';
import { requireMemberManager } from '../access/partnership-editor.js';
import type { Db, Trx } from '../database.js';
import { PARTNERSHIP_RECORD } from '../partnership/partnership-record.js';
import type { PartnershipRow } from '../partnership/partnership.table.js';
import type { AcceptPartnershipInvitationInput } from './accept-partnership-invitation.input.js';
import type { DeclinePartnershipInvitationInput } from './decline-partnership-invitation.input.js';
import { InvitationStatus } from './invitation-status.js';
import { findInvitation, findPendingInvitation, insertInvitation, setInvitationStatus } from './invitation.repository.js';
import type { InvitePartnershipMemberInput } from './invite-partnership-member.input.js';
import { deleteMember, insertMember, membersOf } from './membership.repository.js';
import type { PartnershipInvitationRow } from './membership.table.js';
import type { RemovePartnershipMemberInput } from './remove-partnership-member.input.js';
import type { RevokePartnershipInvitationInput } from './revoke-partnership-invitation.input.js';

// Membership changes are about who may edit, not about the published record: they go
// through the record writer like every change (lock, version, event, change record),
// with events that carry no snapshot, so projections of the record pass them over.

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
      const current = await lockRecord(trx, PARTNERSHIP_RECORD, input.partnershipId);
      const accountId = await requireMemberManager(trx, viewer, current);
      const members = await membersOf(trx, [current.id]);
      if (members.some((member) => member.email === email)) {
        throw badUserInput('This address belongs to a member already', 'input.email');
      }
      if (await findPendingInvitation(trx, current.id, email)) throw pendingAlready();
      const invitation = await insertInvitation(trx, { partnership_id: current.id, email, invited_by: accountId });
      const partnership = await writeChange(trx, PARTNERSHIP_RECORD, {
        actor: viewerActor(viewer),
        action: 'invitePartnershipMember',
        current,
        event: recordEvent('PartnershipMemberInvited', { invitationId: invitation.id }),
        changes: [{ field: invitationField(invitation.id), old: null, new: invitationState(invitation) }],
      });
      return { partnership, invitation };
    });
  } catch (error) {
    // The partnership lock serialises invitations; the index is the last line.
    if (isUniqueViolation(error, 'partnership_invitations_one_pending')) throw pendingAlready();
    throw error;
  }
}

/** The invited account joins: only the one signed in with the invited, verified e-mail. */
export async function acceptPartnershipInvitation(db: Db, viewer: Viewer, input: AcceptPartnershipInvitationInput): Promise<InvitationChange> {
  const accountId = requireSignedIn(viewer, 'accept an invitation');
  return db.transaction().execute(async (trx) => {
    const current = await lockRecord(trx, PARTNERSHIP_RECORD, await partnershipOfInvitation(trx, input.invitationId));
    const invitation = await requireOwnPendingInvitation(trx, viewer, input.invitationId);
    const members = await membersOf(trx, [current.id]);
    if (members.some((member) => member.account_id === accountId)) {
      throw badUserInput('You are a member of this partnership already; decline the invitation instead', 'input.invitationId');
    }
    await insertMember(trx, { partnership_id: current.id, account_id: accountId, email: invitation.email, invited_by: invitation.invited_by });
    const accepted = await setInvitationStatus(trx, invitation.id, InvitationStatus.ACCEPTED);
    const memberIds = members.map((member) => member.account_id);
    const partnership = await writeChange(trx, PARTNERSHIP_RECORD, {
      actor: viewerActor(viewer),
      action: 'acceptPartnershipInvitation',
      current,
      event: recordEvent('PartnershipInvitationAccepted', { invitationId: invitation.id, accountId }),
      changes: [{ field: MEMBERS_FIELD, old: memberIds, new: [...memberIds, accountId] }, invitationStatusChange(invitation, accepted)],
    });
    return { partnership, invitation: accepted };
  });
}

/** The invited account says no; the invitation stays on record as declined. */
export async function declinePartnershipInvitation(db: Db, viewer: Viewer, input: DeclinePartnershipInvitationInput): Promise<InvitationChange> {
  requireSignedIn(viewer, 'decline an invitation');
  return db.transaction().execute(async (trx) => {
    const current = await lockRecord(trx, PARTNERSHIP_RECORD, await partnershipOfInvitation(trx, input.invitationId));
    const invitation = await requireOwnPendingInvitation(trx, viewer, input.invitationId);
    const declined = await setInvitationStatus(trx, invitation.id, InvitationStatus.DECLINED);
    const partnership = await writeChange(trx, PARTNERSHIP_RECORD, {
      actor: viewerActor(viewer),
      action: 'declinePartnershipInvitation',
      current,
      event: recordEvent('PartnershipInvitationDeclined', { invitationId: invitation.id }),
      changes: [invitationStatusChange(invitation, declined)],
    });
    return { partnership, invitation: declined };
  });
}

/** A member withdraws an invitation that is still pending. */
export async function revokePartnershipInvitation(db: Db, viewer: Viewer, input: RevokePartnershipInvitationInput): Promise<InvitationChange> {
  requireSignedIn(viewer, 'revoke an invitation');
  return db.transaction().execute(async (trx) => {
    const current = await lockRecord(trx, PARTNERSHIP_RECORD, await partnershipOfInvitation(trx, input.invitationId));
    await requireMemberManager(trx, viewer, current);
    const invitation = await requireInvitation(trx, input.invitationId);
    requirePending(invitation);
    const revoked = await setInvitationStatus(trx, invitation.id, InvitationStatus.REVOKED);
    const partnership = await writeChange(trx, PARTNERSHIP_RECORD, {
      actor: viewerActor(viewer),
      action: 'revokePartnershipInvitation',
      current,
      event: recordEvent('PartnershipInvitationRevoked', { invitationId: invitation.id }),
      changes: [invitationStatusChange(invitation, revoked)],
    });
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
    const current = await lockRecord(trx, PARTNERSHIP_RECORD, input.partnershipId);
    await requireMemberManager(trx, viewer, current);
    const memberIds = (await membersOf(trx, [current.id])).map((member) => member.account_id);
    if (!memberIds.includes(input.accountId)) throw badUserInput('Not a member of this partnership', 'input.accountId');
    if (memberIds.length === 1) {
      throw badUserInput('The last member cannot be removed; invite another member first', 'input.accountId');
    }
    await deleteMember(trx, current.id, input.accountId);
    return writeChange(trx, PARTNERSHIP_RECORD, {
      actor: viewerActor(viewer),
      action: 'removePartnershipMember',
      current,
      event: recordEvent('PartnershipMemberRemoved', { accountId: input.accountId }),
      changes: [{ field: MEMBERS_FIELD, old: memberIds, new: memberIds.filter((id) => id !== input.accountId) }],
    });
  });
}

/** The partnership an invitation belongs to, found before it is locked; the invitation is read again under the lock. */
async function partnershipOfInvitation(trx: Trx, invitationId: string): Promise<string> {
  const found = isUuid(invitationId) ? await findInvitation(trx, invitationId) : undefined;
  if (!found) throw notFound('PartnershipInvitation', invitationId);
  return found.partnership_id;
}

/** The viewer's own pending invitation, read under the partnership's lock: the one sent to the verified address they signed in with. */
async function requireOwnPendingInvitation(trx: Trx, viewer: Viewer, invitationId: string): Promise<PartnershipInvitationRow> {
  const invitation = await requireInvitation(trx, invitationId);
  if (viewer.email !== invitation.email) {
    throw forbidden('This invitation was sent to another e-mail address than the one you signed in with');
  }
  requirePending(invitation);
  return invitation;
}

/** The invitation read again under the partnership's lock (found before it, so it exists). */
async function requireInvitation(trx: Trx, invitationId: string): Promise<PartnershipInvitationRow> {
  const invitation = await findInvitation(trx, invitationId);
  if (!invitation) throw notFound('PartnershipInvitation', invitationId);
  return invitation;
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

function invitationStatusChange(before: PartnershipInvitationRow, after: PartnershipInvitationRow) {
  return { field: invitationField(before.id), old: invitationState(before), new: invitationState(after) };
}
