import { ObjectType } from 'type-graphql';
import { InvitationChangePayload } from './invitation-change.payload.js';

@ObjectType('RevokePartnershipInvitationPayload')
export class RevokePartnershipInvitationPayload extends InvitationChangePayload {}
