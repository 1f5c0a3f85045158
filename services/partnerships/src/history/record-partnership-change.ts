import { appendChangeRecord, type StoredFieldChange } from '@msp-atlas/change-history';
import type { Trx } from '../database.js';
import type { PartnershipRow } from '../partnership/partnership.table.js';

export const PARTNERSHIP_RECORD_TYPE = 'Partnership';

/**
 * Appends the change to the partnership's history in the mutation's transaction.
 * `row` is the partnership after the change; `actorAccountId` null means the system.
 */
export async function recordPartnershipChange(
  trx: Trx,
  actorAccountId: string | null,
  row: PartnershipRow,
  action: string,
  changes: readonly StoredFieldChange[],
): Promise<void> {
  await appendChangeRecord(trx, {
    recordType: PARTNERSHIP_RECORD_TYPE,
    recordId: row.id,
    recordVersion: row.version,
    actorAccountId,
    action,
    changes,
  });
}
