import { conflict, notFound } from '@msp-atlas/federation';
import type { Trx } from '../database.js';
import { isUuid } from '../domain/ids.js';
import type { PartnershipRow } from './partnership.table.js';
import { lockPartnership } from './partnership.repository.js';

/**
 * The first step of every change to a partnership: lock it and check the version
 * the client based its change on. Of two writers holding the same version, the
 * second waits for the first, then sees a newer version and gets CONFLICT.
 */
export async function claimPartnership(
  trx: Trx,
  id: string,
  expectedVersion: number | null | undefined,
): Promise<PartnershipRow> {
  const row = isUuid(id) ? await lockPartnership(trx, id) : undefined;
  if (!row) throw notFound('Partnership', id);
  if (expectedVersion !== null && expectedVersion !== undefined && row.version !== expectedVersion) {
    throw conflict(
      `Partnership ${id} changed since version ${expectedVersion}; reload it and apply your change again`,
      { expectedVersion, actualVersion: row.version },
    );
  }
  return row;
}
