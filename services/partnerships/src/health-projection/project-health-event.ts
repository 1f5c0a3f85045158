import { PARTNERSHIP_RECORD_EVENT_TYPES, readEvent } from '@msp-atlas/event-contracts';
import type { StoredEvent } from '@msp-atlas/events';
import { sdgSignalFromAlignment } from '@msp-atlas/partnership-health';
import type { Trx } from '../database.js';
import { evaluatePartnerships } from './evaluate-partnerships.js';
import { upsertLessonIfNewer, upsertOverlapSignalIfNewer, upsertSdgSignalIfNewer } from './health-signals.repository.js';
import { storedPartnershipVersion } from './partnership-health.repository.js';

const HEALTH_EVENT_TYPES = [
  ...PARTNERSHIP_RECORD_EVENT_TYPES,
  'SelfAssessmentSubmitted',
  'SdgAlignmentChanged',
  'PartnershipOverlapsChanged',
  'LessonChanged',
] as const;

/**
 * Applies one event to the health projection: keeps the signal it carries (only when
 * newer than the one held), then re-evaluates the partnerships it concerns as of
 * `today`. Other types are passed over.
 */
export async function projectHealthEvent(trx: Trx, stored: StoredEvent, today: string): Promise<void> {
  const event = readEvent(stored, HEALTH_EVENT_TYPES);
  if (!event) return;
  switch (event.type) {
    case 'SelfAssessmentSubmitted':
      await evaluatePartnerships(trx, [event.payload.partnershipId], today);
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
    default: {
      // A record event: the evaluation reads the registry as it is now, so an event the
      // row has already caught up with (a redelivery, a replay) has nothing to add.
      const held = await storedPartnershipVersion(trx, event.aggregateId);
      if (held !== null && held >= event.aggregateVersion) return;
      await evaluatePartnerships(trx, [event.aggregateId], today);
    }
  }
}
