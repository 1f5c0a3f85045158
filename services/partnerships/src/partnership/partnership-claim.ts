import type { Actor } from '@msp-atlas/access';
import { conflict, notFound, isUuid } from '@msp-atlas/federation';
import { requirePartnershipEditor } from '../access/partnership-editor.js';
import type { Trx } from '../database.js';
import type { PartnershipRow } from './partnership.table.js';
import { lockPartnership } from './partnership.repository.js';

/**
 * The first step of every change to a partnership: lock it, check that the actor
 * may change it, and check the version the client based its change on. Of two
 * writers holding the same version, the second waits for the first, then sees a
 * newer version and gets CONFLICT. The rights are checked before the version, so a
 * caller without them learns nothing about the record's state.
 */
export async function claimPartnership(
  trx: Trx,
  actor: Actor,
  id: string,
  expectedVersion: number | null | undefined,
): Promise<PartnershipRow> {
  const row = await lockExistingPartnership(trx, id);
  await requirePartnershipEditor(trx, actor, row);
  if (expectedVersion !== null && expectedVersion !== undefined && row.version !== expectedVersion) {
    throw conflict(
      `Partnership ${id} changed since version ${expectedVersion}; reload it and apply your change again`,
      { expectedVersion, actualVersion: row.version },
    );
  }
  return row;
}

/** Locks the partnership until the transaction ends; NOT_FOUND when there is none. */
export async function lockExistingPartnership(trx: Trx, id: string): Promise<PartnershipRow> {
  const row = isUuid(id) ? await lockPartnership(trx, id) : undefined;
  if (!row) throw notFound('Partnership', id);
  return row;
}
