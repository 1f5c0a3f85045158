import { PARTNERSHIP_RECORD_EVENT_TYPES, readEvent, type ContractEvent } from '@msp-atlas/event-contracts';
import type { StoredEvent } from '@msp-atlas/events';
import { sdgSignalFromAlignment } from '@msp-atlas/partnership-health';
import type { Trx } from '../database.js';
import { evaluatePartnerships } from './evaluate-partnerships.js';
import { upsertLessonIfNewer, upsertOverlapSignalIfNewer, upsertSdgSignalIfNewer } from './health-signals.repository.js';
import { addDemoSelfAssessments } from '../demo/demo-self-assessments.js';
import { addMember, removeMember, replaceMembers } from '../membership/partnership-member.repository.js';
import { upsertRecordIfNewer } from '../registry/partnership-record.repository.js';
import { registryRecordOf } from '../registry/registry-record.js';

/** Everything the health check reads, none of it its own: the registry's, the SDG, context and learning services' events. */
export const HEALTH_EVENT_TYPES = [
  ...PARTNERSHIP_RECORD_EVENT_TYPES,
  'PartnershipRecordRepublished',
  'PartnershipInvitationAccepted',
  'PartnershipMemberRemoved',
  'SdgAlignmentChanged',
  'PartnershipOverlapsChanged',
  'LessonChanged',
] as const;

type RecordEvent = ContractEvent<(typeof PARTNERSHIP_RECORD_EVENT_TYPES)[number] | 'PartnershipRecordRepublished'>;

/**
 * Applies one event to the health projection: keeps the signal it carries (only when
 * newer than the one held), then re-evaluates the partnerships it concerns as of
 * `today`. Other types are passed over.
 */
export async function projectHealthEvent(trx: Trx, stored: StoredEvent, today: string): Promise<void> {
  const event = readEvent(stored, HEALTH_EVENT_TYPES);
  if (!event) return;
  switch (event.type) {
    case 'PartnershipInvitationAccepted':
      await addMember(trx, event.aggregateId, event.payload.accountId);
      return;
    case 'PartnershipMemberRemoved':
      await removeMember(trx, event.aggregateId, event.payload.accountId);
      return;
    case 'SdgAlignmentChanged': {
      const { partnershipId, partnershipVersion, declaredTargets, suggestedTargets } = event.payload;
      const signal = sdgSignalFromAlignment({ partnershipVersion, declaredTargets, suggestedTargets });
      const changed = await upsertSdgSignalIfNewer(trx, {
        partnership_id: partnershipId,
        version: event.aggregateVersion,
        partnership_version: signal.partnershipVersion,
        declared_targets: signal.declaredTargets,
        evidenced_declared_targets: signal.evidencedDeclaredTargets,
        suggested_undeclared_targets: signal.suggestedUndeclaredTargets,
      });
      if (changed) await evaluatePartnerships(trx, [partnershipId], today);
      return;
    }
    case 'PartnershipOverlapsChanged': {
      const { partnershipId, overlaps, duplicates, strongestScore } = event.payload;
      const changed = await upsertOverlapSignalIfNewer(trx, {
        partnership_id: partnershipId,
        version: event.aggregateVersion,
        overlaps,
        duplicates,
        strongest_score: strongestScore,
      });
      if (changed) await evaluatePartnerships(trx, [partnershipId], today);
      return;
    }
    case 'LessonChanged': {
      const { lesson } = event.payload;
      const published = lesson.status === 'PUBLISHED';
      const concerned = await upsertLessonIfNewer(trx, {
        lesson_id: lesson.id,
        version: event.aggregateVersion,
        partnership_id: lesson.partnershipId,
        published,
        // Dated by the learning service's publication, so an edit of a published lesson does not renew it.
        published_on: published ? (lesson.publishedAt ?? event.occurredAt.toISOString()).slice(0, 10) : null,
      });
      await evaluatePartnerships(trx, concerned, today);
      return;
    }
    default:
      await projectRecordEvent(trx, event, today);
  }
}

/**
 * Keeps the record the event carries, when newer than the one held (a republication, at
 * the version held, replaces a record that came without details), and re-evaluates.
 */
async function projectRecordEvent(trx: Trx, event: RecordEvent, today: string): Promise<void> {
  const { partnership } = event.payload;
  const republished = event.type === 'PartnershipRecordRepublished';
  const kept = await upsertRecordIfNewer(
    trx,
    {
      partnership_id: partnership.id,
      version: event.aggregateVersion,
      // Events written before the details carried the registration time: the event's own time, for the first one.
      registered_at: new Date(partnership.details?.registeredAt ?? event.occurredAt),
      phase: partnership.phase,
      countries: partnership.countries,
      sectors: partnership.sectors,
      is_demo: partnership.isDemo,
      record: registryRecordOf(partnership),
    },
    { orEqual: republished },
  );
  if (!kept) return;
  if (event.type === 'PartnershipRegistered' && event.payload.registrantAccountId) await addMember(trx, partnership.id, event.payload.registrantAccountId);
  if (republished) await replaceMembers(trx, partnership.id, event.payload.memberAccountIds);
  if (event.type === 'PartnershipRegistered' && partnership.isDemo) await addDemoSelfAssessments(trx, partnership, event.occurredAt);
  await evaluatePartnerships(trx, [partnership.id], today);
}
