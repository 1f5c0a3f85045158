import { PARTNERSHIP_RECORD_EVENT_TYPES, readEvent } from '@msp-atlas/event-contracts';
import type { StoredEvent } from '@msp-atlas/events';
import type { Trx } from '../database.js';
import { indexTermsOf } from '../similarity/index-terms.js';
import { normalizeOrganizationName } from '../similarity/organization-name.js';
import { markReindexed } from '../overlap-summary/overlap-summary-queue.repository.js';
import { replacePostings } from './overlap-terms.repository.js';
import { indexValuesOf, profileOfRow } from './partnership-profile.js';
import {
  findIndexedPartnerships,
  findSuggestedTargets,
  upsertIfNewer,
  upsertOrganizationName,
  upsertSuggestionsIfNewer,
} from './partnership-index.repository.js';

export const READ_TYPES = [...PARTNERSHIP_RECORD_EVENT_TYPES, 'SdgAlignmentChanged', 'OrganizationRegistered'] as const;

/**
 * Keeps the overlap index in step with one event of the log: a partnership's record,
 * the SDG service's suggested targets for it, an organisation's name. Every other type
 * is passed over. One that cannot be read throws PoisonEventError (see
 * packages/event-contracts).
 */
export async function indexPartnershipEvent(trx: Trx, stored: StoredEvent): Promise<void> {
  const event = readEvent(stored, READ_TYPES);
  if (!event) return;
  if (event.type === 'OrganizationRegistered') {
    const { organization } = event.payload;
    await upsertOrganizationName(trx, organization.id, normalizeOrganizationName(organization.name));
    return;
  }
  if (event.type === 'SdgAlignmentChanged') {
    const { partnershipId, suggestedTargets } = event.payload;
    if (await upsertSuggestionsIfNewer(trx, partnershipId, event.aggregateVersion, suggestedTargets)) await refreshPostings(trx, partnershipId);
    return;
  }
  const values = {
    // The log's aggregate identity and version, not the payload's: they are what the
    // log keeps unique and ordered per partnership.
    partnership_id: event.aggregateId,
    version: event.aggregateVersion,
    ...indexValuesOf(event.payload.partnership),
  };
  if (!(await upsertIfNewer(trx, values))) return;
  const suggested = await findSuggestedTargets(trx, event.aggregateId);
  await reindex(trx, event.aggregateId, indexTermsOf(profileOfRow({ ...values, start_date: values.start_date ?? null }, suggested)));
}

/** New postings, and the partnership marked for the summariser (which marks those around it in turn). */
async function reindex(trx: Trx, partnershipId: string, terms: string[]): Promise<void> {
  await replacePostings(trx, partnershipId, terms);
  await markReindexed(trx, partnershipId);
}

/** Recomputes a partnership's postings from its row and suggestions (none until it is indexed). */
async function refreshPostings(trx: Trx, partnershipId: string): Promise<void> {
  const [row] = await findIndexedPartnerships(trx, [partnershipId]);
  if (!row) return;
  await reindex(trx, partnershipId, indexTermsOf(profileOfRow(row, row.suggested_targets)));
}
