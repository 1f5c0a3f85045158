import { requireSignedIn, viewerActor, type Viewer } from '@msp-atlas/access';
import { badUserInput, conflict, forbidden, notFound, isUuid } from '@msp-atlas/federation';
import { isUniqueViolation } from '@msp-atlas/db';
import { recordEvent, writeChange } from '@msp-atlas/record-writer';
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
    const { record, value } = await writeChange(db, PARTNERSHIP_RECORD, {
      id: input.partnershipId,
      actor: viewerActor(viewer),
      action: 'invitePartnershipMember',
      authorize: (trx, current) => requireMemberManager(trx, viewer, current),
      apply: async (trx, current, accountId) => {
        const members = await membersOf(trx, [current.id]);
        if (members.some((member) => member.email === email)) {
          throw badUserInput('This address belongs to a member already', 'input.email');
        }
        if (await findPendingInvitation(trx, current.id, email)) throw pendingAlready();
        const invitation = await insertInvitation(trx, { partnership_id: current.id, email, invited_by: accountId });
        return {
          value: invitation,
          events: recordEvent('PartnershipMemberInvited', { invitationId: invitation.id }),
          changes: [{ field: invitationField(invitation.id), old: null, new: invitationState(invitation) }],
        };
      },
    });
    return { partnership: record, invitation: value };
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
  const { record, value } = await writeChange(db, PARTNERSHIP_RECORD, {
    id: (trx) => partnershipOfInvitation(trx, input.invitationId),
    actor: viewerActor(viewer),
    action: 'acceptPartnershipInvitation',
    authorize: (trx) => requireOwnPendingInvitation(trx, viewer, input.invitationId),
    apply: async (trx, current, invitation) => {
      const members = await membersOf(trx, [current.id]);
      if (members.some((member) => member.account_id === accountId)) {
        throw badUserInput('You are a member of this partnership already; decline the invitation instead', 'input.invitationId');
      }
      await insertMember(trx, { partnership_id: current.id, account_id: accountId, email: invitation.email, invited_by: invitation.invited_by });
      const accepted = await setInvitationStatus(trx, invitation.id, InvitationStatus.ACCEPTED);
      const memberIds = members.map((member) => member.account_id);
      return {
        value: accepted,
        events: recordEvent('PartnershipInvitationAccepted', { invitationId: invitation.id, accountId }),
        changes: [
          { field: MEMBERS_FIELD, old: memberIds, new: [...memberIds, accountId] },
          invitationStatusChange(invitation, accepted),
        ],
      };
    },
  });
  return { partnership: record, invitation: value };
}

/** The invited account says no; the invitation stays on record as declined. */
export async function declinePartnershipInvitation(
  db: Db,
  viewer: Viewer,
  input: DeclinePartnershipInvitationInput,
): Promise<InvitationChange> {
  requireSignedIn(viewer, 'decline an invitation');
  const { record, value } = await writeChange(db, PARTNERSHIP_RECORD, {
    id: (trx) => partnershipOfInvitation(trx, input.invitationId),
    actor: viewerActor(viewer),
    action: 'declinePartnershipInvitation',
    authorize: (trx) => requireOwnPendingInvitation(trx, viewer, input.invitationId),
    apply: async (trx, _current, invitation) => {
      const declined = await setInvitationStatus(trx, invitation.id, InvitationStatus.DECLINED);
      return {
        value: declined,
        events: recordEvent('PartnershipInvitationDeclined', { invitationId: invitation.id }),
        changes: [invitationStatusChange(invitation, declined)],
      };
    },
  });
  return { partnership: record, invitation: value };
}

/** A member withdraws an invitation that is still pending. */
export async function revokePartnershipInvitation(
  db: Db,
  viewer: Viewer,
  input: RevokePartnershipInvitationInput,
): Promise<InvitationChange> {
  requireSignedIn(viewer, 'revoke an invitation');
  const { record, value } = await writeChange(db, PARTNERSHIP_RECORD, {
    id: (trx) => partnershipOfInvitation(trx, input.invitationId),
    actor: viewerActor(viewer),
    action: 'revokePartnershipInvitation',
    authorize: (trx, current) => requireMemberManager(trx, viewer, current),
    apply: async (trx) => {
      // biome-ignore lint/style/noNonNullAssertion: the writer locked the partnership through this invitation, so it exists
      const invitation = (await findInvitation(trx, input.invitationId))!;
      requirePending(invitation);
      const revoked = await setInvitationStatus(trx, invitation.id, InvitationStatus.REVOKED);
      return {
        value: revoked,
        events: recordEvent('PartnershipInvitationRevoked', { invitationId: invitation.id }),
        changes: [invitationStatusChange(invitation, revoked)],
      };
    },
  });
  return { partnership: record, invitation: value };
}

/**
 * A member removes a member, or themself. The last member stays: a partnership
 * without members could then be changed by curators only.
 */
export async function removePartnershipMember(db: Db, viewer: Viewer, input: RemovePartnershipMemberInput): Promise<PartnershipRow> {
  requireSignedIn(viewer, 'remove members');
  const { record } = await writeChange(db, PARTNERSHIP_RECORD, {
    id: input.partnershipId,
    actor: viewerActor(viewer),
    action: 'removePartnershipMember',
    authorize: (trx, current) => requireMemberManager(trx, viewer, current),
    apply: async (trx, current) => {
      const memberIds = (await membersOf(trx, [current.id])).map((member) => member.account_id);
      if (!memberIds.includes(input.accountId)) throw badUserInput('Not a member of this partnership', 'input.accountId');
      if (memberIds.length === 1) {
        throw badUserInput('The last member cannot be removed; invite another member first', 'input.accountId');
      }
      await deleteMember(trx, current.id, input.accountId);
      return {
        value: null,
        events: recordEvent('PartnershipMemberRemoved', { accountId: input.accountId }),
        changes: [{ field: MEMBERS_FIELD, old: memberIds, new: memberIds.filter((id) => id !== input.accountId) }],
      };
    },
  });
  return record;
}

/** The partnership an invitation belongs to, found before it is locked; the invitation is read again under the lock. */
async function partnershipOfInvitation(trx: Trx, invitationId: string): Promise<string> {
  const found = isUuid(invitationId) ? await findInvitation(trx, invitationId) : undefined;
  if (!found) throw notFound('PartnershipInvitation', invitationId);
  return found.partnership_id;
}

/** The viewer's own pending invitation, read under the partnership's lock: the one sent to the verified address they signed in with. */
async function requireOwnPendingInvitation(trx: Trx, viewer: Viewer, invitationId: string): Promise<PartnershipInvitationRow> {
  // biome-ignore lint/style/noNonNullAssertion: the writer locked the partnership through this invitation, so it exists
  const invitation = (await findInvitation(trx, invitationId))!;
  if (viewer.email !== invitation.email) {
    throw forbidden('This invitation was sent to another e-mail address than the one you signed in with');
  }
  requirePending(invitation);
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
