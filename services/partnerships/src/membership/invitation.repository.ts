import type { Db, Trx } from '../database.js';
import { InvitationStatus } from './invitation-status.js';
import type { PartnershipInvitationRow } from './membership.table.js';

export async function insertInvitation(trx: Trx, values: { partnership_id: string; email: string; invited_by: string }): Promise<PartnershipInvitationRow> {
  return trx.insertInto('partnership_invitations').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function findInvitation(db: Db | Trx, id: string): Promise<PartnershipInvitationRow | undefined> {
  return db.selectFrom('partnership_invitations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPendingInvitation(trx: Trx, partnershipId: string, email: string): Promise<PartnershipInvitationRow | undefined> {
  return trx
    .selectFrom('partnership_invitations')
    .selectAll()
    .where('partnership_id', '=', partnershipId)
    .where('email', '=', email)
    .where('status', '=', InvitationStatus.PENDING)
    .executeTakeFirst();
}

export async function setInvitationStatus(trx: Trx, id: string, status: InvitationStatus): Promise<PartnershipInvitationRow> {
  return trx.updateTable('partnership_invitations').set({ status, responded_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Pending invitations of the partnerships, oldest first. */
export async function pendingInvitationsOf(db: Db, partnershipIds: readonly string[]): Promise<PartnershipInvitationRow[]> {
  if (partnershipIds.length === 0) return [];
  return db
    .selectFrom('partnership_invitations')
    .selectAll()
    .where('partnership_id', 'in', partnershipIds)
    .where('status', '=', InvitationStatus.PENDING)
    .orderBy('created_at')
    .execute();
}

/** Pending invitations to an e-mail address, newest first. */
export async function pendingInvitationsTo(db: Db, email: string): Promise<PartnershipInvitationRow[]> {
  return db
    .selectFrom('partnership_invitations')
    .selectAll()
    .where('email', '=', email)
    .where('status', '=', InvitationStatus.PENDING)
    .orderBy('created_at', 'desc')
    .execute();
}
