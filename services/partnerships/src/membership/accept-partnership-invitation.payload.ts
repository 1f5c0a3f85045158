import { ObjectType } from 'type-graphql';
import { InvitationChangePayload } from './invitation-change.payload.js';

@ObjectType('AcceptPartnershipInvitationPayload')
export class AcceptPartnershipInvitationPayload extends InvitationChangePayload {}
