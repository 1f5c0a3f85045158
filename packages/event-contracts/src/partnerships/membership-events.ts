import { z } from 'zod';
import { defineEventContract } from '../define-event-contract.js';

// Who may edit a partnership changed. These move the partnership's version on but
// leave its published record alone, so they carry no snapshot; and no e-mail
// addresses, which stay with the partnerships service.

const invitation = { invitationId: z.uuid() };
const account = { accountId: z.string().min(1) };

function membershipEvent<const Type extends string, Shape extends z.ZodRawShape>(type: Type, shape: Shape) {
  return defineEventContract({ type, aggregateType: 'Partnership', schemaVersion: 1, payload: z.object(shape) });
}

export const partnershipMemberInvited = membershipEvent('PartnershipMemberInvited', invitation);
export const partnershipInvitationAccepted = membershipEvent('PartnershipInvitationAccepted', { ...invitation, ...account });
export const partnershipInvitationDeclined = membershipEvent('PartnershipInvitationDeclined', invitation);
export const partnershipInvitationRevoked = membershipEvent('PartnershipInvitationRevoked', invitation);
export const partnershipMemberRemoved = membershipEvent('PartnershipMemberRemoved', account);
