import type { z } from 'zod';
import type { EventContract } from './define-event-contract.js';
import {
  partnershipInvitationAccepted,
  partnershipInvitationDeclined,
  partnershipInvitationRevoked,
  partnershipMemberInvited,
  partnershipMemberRemoved,
} from './partnerships/membership-events.js';
import { organizationRegistered } from './partnerships/organization-events.js';
import {
  partnershipPhaseChanged,
  partnershipRecordRepublished,
  partnershipRegistered,
  partnershipUpdated,
  progressReportSubmitted,
  stakeholderAdded,
  stakeholderRemoved,
  stakeholderUpdated,
} from './partnerships/partnership-record-events.js';
import { sdgAlignmentChanged } from './sdg/sdg-alignment-events.js';
import { lessonChanged } from './learning/lesson-events.js';
import { partnershipOverlapsChanged } from './context/overlap-events.js';
import { partnershipHealthChanged, selfAssessmentSubmitted } from './health/health-events.js';

type ByType<Contracts extends readonly EventContract[]> = { [C in Contracts[number] as C['type']]: C };

function byType<const Contracts extends readonly EventContract[]>(contracts: Contracts): ByType<Contracts> {
  return Object.freeze(Object.fromEntries(contracts.map((contract) => [contract.type, contract]))) as ByType<Contracts>;
}

/** Every event type of the platform, by name: the one list producers and consumers share. */
export const eventContracts = byType([
  partnershipRegistered,
  partnershipUpdated,
  partnershipPhaseChanged,
  stakeholderAdded,
  stakeholderUpdated,
  stakeholderRemoved,
  progressReportSubmitted,
  partnershipRecordRepublished,
  partnershipMemberInvited,
  partnershipInvitationAccepted,
  partnershipInvitationDeclined,
  partnershipInvitationRevoked,
  partnershipMemberRemoved,
  organizationRegistered,
  sdgAlignmentChanged,
  lessonChanged,
  partnershipOverlapsChanged,
  selfAssessmentSubmitted,
  partnershipHealthChanged,
]);

export type EventContracts = typeof eventContracts;
export type EventType = keyof EventContracts;
/** The payload of an event of this type, as its current schema describes it. */
export type EventPayload<Type extends EventType> = z.output<EventContracts[Type]['payload']>;
/** What a payload of this type may be written as: fields with defaults may be left out. */
export type EventPayloadInput<Type extends EventType> = z.input<EventContracts[Type]['payload']>;

export function isEventType(type: string): type is EventType {
  return Object.hasOwn(eventContracts, type);
}
