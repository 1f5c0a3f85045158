import type { EventType } from './event-contracts.js';

/**
 * The one service that appends each event type. With the types each consumer reads
 * (`eventTypes` of its definition), this is the platform's event graph, which a test
 * keeps free of cycles (packages/subgraph-manifest/test).
 */
export const EVENT_PRODUCERS = {
  PartnershipRegistered: 'partnerships',
  PartnershipUpdated: 'partnerships',
  PartnershipPhaseChanged: 'partnerships',
  StakeholderAdded: 'partnerships',
  StakeholderUpdated: 'partnerships',
  StakeholderRemoved: 'partnerships',
  ProgressReportSubmitted: 'partnerships',
  PartnershipRecordRepublished: 'partnerships',
  PartnershipMemberInvited: 'partnerships',
  PartnershipInvitationAccepted: 'partnerships',
  PartnershipInvitationDeclined: 'partnerships',
  PartnershipInvitationRevoked: 'partnerships',
  PartnershipMemberRemoved: 'partnerships',
  OrganizationRegistered: 'partnerships',
  SdgAlignmentChanged: 'sdg',
  LessonChanged: 'learning',
  PartnershipOverlapsChanged: 'context',
  SelfAssessmentSubmitted: 'health',
  PartnershipHealthChanged: 'health',
} as const satisfies Record<EventType, string>;

export function producerOf(type: EventType): string {
  return EVENT_PRODUCERS[type];
}
