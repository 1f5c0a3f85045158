export { defineEventContract, type EventContract, type EarlierPayloadVersion } from './define-event-contract.js';
export { eventContracts, isEventType, type EventContracts, type EventPayload, type EventType } from './event-contracts.js';
export { toNewEvent, type TypedNewEvent } from './typed-event.js';
export { appendTypedEvents } from './append-typed-events.js';
export { currentPayload, parseEvent, readEvent, type ContractEvent } from './read-event.js';
export {
  partnershipSnapshot,
  stakeholderSnapshot,
  type PartnershipSnapshot,
  type StakeholderSnapshot,
  type ContributionSnapshot,
} from './partnerships/partnership-snapshot.js';
export { sdgAlignmentChanged } from './sdg/sdg-alignment-events.js';
export { PARTNERSHIP_RECORD_EVENT_TYPES } from './partnerships/partnership-record-events.js';
export { lessonChanged, lessonSnapshot, type LessonSnapshot } from './learning/lesson-events.js';
export { partnershipOverlapsChanged } from './context/overlap-events.js';
export { selfAssessmentSubmitted, partnershipHealthChanged } from './health/health-events.js';
export { EVENT_PRODUCERS, producerOf } from './event-producers.js';
export { partnershipRecordRepublished } from './partnerships/partnership-record-events.js';
export { recordDetailsSnapshot, type RecordDetailsSnapshot } from './partnerships/partnership-snapshot.js';
