import { ObjectType } from 'type-graphql';
import { InvitationChangePayload } from './invitation-change.payload.js';

@ObjectType('DeclinePartnershipInvitationPayload')
export class DeclinePartnershipInvitationPayload extends InvitationChangePayload {}
