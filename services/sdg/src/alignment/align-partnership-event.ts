import { appendTypedEvents, PARTNERSHIP_RECORD_EVENT_TYPES, readEvent, type ContractEvent } from '@msp-atlas/event-contracts';
import type { StoredEvent } from '@msp-atlas/events';
import type { Trx } from '../database.js';
import { sameReading, type AlignmentReading } from './alignment-reading.js';
import { classifyPartnership } from './classify-partnership.js';
import { applyCoverageChange } from '../sdg-coverage/coverage-cells.repository.js';
import { areasOf, keysOf, type CoverageShare } from '../sdg-coverage/coverage-areas.js';
import { declaredShareOf, lastPublished, recordPublished, replaceAlignment, storedPartnershipVersion } from './alignment.repository.js';
import { stakeholderAmounts, totalAmounts } from './stakeholder-amounts.js';
import type { StoredSuggestion } from './stored-suggestion.js';
import { EVIDENCE_MIN_SCORE, evidencedTargets, goalOf } from './target-agreement.js';

type RecordEvent = ContractEvent<(typeof PARTNERSHIP_RECORD_EVENT_TYPES)[number]>;

/** A record event with the classifier's reading of its text, worked out before the transaction. */
export interface PreparedAlignment {
  event: RecordEvent;
  suggestions: StoredSuggestion[];
}

/** Outside the transaction: reads the event (poison throws) and classifies its text; null for other types. */
export async function prepareAlignment(stored: StoredEvent): Promise<PreparedAlignment | null> {
  const event = readEvent(stored, PARTNERSHIP_RECORD_EVENT_TYPES);
  if (!event) return null;
  return { event, suggestions: classifyPartnership(event.payload.partnership) };
}

/**
 * Keeps the partnership's alignment in step with one record event, only when the event
 * is newer than the stored row (delivery is at least once, replays are routine), and
 * publishes SdgAlignmentChanged in the same transaction when the reading differs from
 * the last one published.
 */
export async function alignPartnershipEvent(trx: Trx, prepared: PreparedAlignment | null): Promise<void> {
  if (!prepared) return;
  const { event, suggestions } = prepared;
  const partnershipId = event.aggregateId;
  const stored = await storedPartnershipVersion(trx, partnershipId);
  if (stored !== null && stored >= event.aggregateVersion) return;
  const snapshot = event.payload.partnership;
  const declaredTargets = [...new Set(snapshot.sdgTargets)];
  const evidenced = evidencedTargets(suggestions);
  const evidencedScore = new Map(evidenced.map((e) => [e.target, e.score]));
  const targetCodes = new Set([...declaredTargets, ...evidencedScore.keys()]);
  const stakeholders = stakeholderAmounts(snapshot.stakeholders);
  const before = await declaredShareOf(trx, partnershipId);
  const after: CoverageShare = {
    areas: areasOf(snapshot.countries, snapshot.regions),
    keys: keysOf(declaredTargets),
    organizationIds: stakeholders.map((s) => s.organizationId),
    amounts: totalAmounts(stakeholders.map((s) => s.amounts)),
  };
  await applyCoverageChange(trx, before, after.keys.length > 0 ? after : null);
  await replaceAlignment(trx, {
    partnershipId,
    partnershipVersion: event.aggregateVersion,
    name: snapshot.name,
    countries: snapshot.countries,
    regions: snapshot.regions,
    phase: snapshot.phase,
    status: snapshot.status,
    declaredTargets,
    described: [snapshot.summary, snapshot.description, ...snapshot.objectives].some((text) => text.trim().length > 0),
    suggestions,
    targets: [...targetCodes].map((code) => ({
      target_code: code,
      goal: goalOf(code),
      declared: declaredTargets.includes(code),
      score: evidencedScore.get(code) ?? null,
    })),
    stakeholders,
  });

  const reading: AlignmentReading = {
    declaredTargets,
    suggestedTargets: evidenced.map(({ target, score }) => ({ target, score })),
    suggestedGoals: [...new Set(suggestions.filter((s) => s.score >= EVIDENCE_MIN_SCORE).map((s) => s.goal))].sort((a, b) => a - b),
  };
  const published = await lastPublished(trx, partnershipId);
  if (published && sameReading(published.reading, reading)) return;
  const version = (published?.version ?? 0) + 1;
  await recordPublished(trx, partnershipId, version, reading, event.aggregateVersion);
  await appendTypedEvents(trx, 'sdg', [
    {
      type: 'SdgAlignmentChanged',
      aggregateId: partnershipId,
      aggregateVersion: version,
      payload: { partnershipId, partnershipVersion: event.aggregateVersion, ...reading },
    },
  ]);
}
