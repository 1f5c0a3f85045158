import type { Actor } from '@msp-atlas/access';
import { lockRecord, requireVersion } from '@msp-atlas/record-writer';
import { requirePartnershipEditor } from '../access/partnership-editor.js';
import type { Trx } from '../database.js';
import { PARTNERSHIP_RECORD } from './partnership-record.js';
import type { PartnershipRow } from './partnership.table.js';

/**
 * The first steps of a change to what a partnership publishes, in the change's
 * transaction: lock its row (NOT_FOUND), check the actor may edit it (members,
 * curators of its countries, the system), then the version the client saw (CONFLICT).
 * Rights come before the version, so a caller without them learns nothing of it.
 * Membership changes have checks of their own and lock the row themselves.
 */
export async function lockEditablePartnership(trx: Trx, actor: Actor, id: string, expectedVersion: number | null | undefined): Promise<PartnershipRow> {
  const current = await lockRecord(trx, PARTNERSHIP_RECORD, id);
  await requirePartnershipEditor(trx, actor, current);
  requireVersion(PARTNERSHIP_RECORD, current, expectedVersion);
  return current;
}
