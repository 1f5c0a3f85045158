import { ObjectType } from 'type-graphql';
import { InvitationChangePayload } from './invitation-change.payload.js';

@ObjectType('InvitePartnershipMemberPayload')
export class InvitePartnershipMemberPayload extends InvitationChangePayload {}
