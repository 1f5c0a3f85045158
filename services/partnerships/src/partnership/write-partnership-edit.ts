import type { Actor } from '@msp-atlas/access';
import { writeChange, type ChangeSpec } from '@msp-atlas/record-writer';
import { requirePartnershipEditor } from '../access/partnership-editor.js';
import type { Db, PartnershipsDatabase } from '../database.js';
import { PARTNERSHIP_RECORD } from './partnership-record.js';
import type { PartnershipRow } from './partnership.table.js';

export type PartnershipEdit<Value> = Omit<ChangeSpec<PartnershipsDatabase, PartnershipRow, void, Value>, 'actor' | 'authorize'>;

/**
 * A change to what a partnership publishes, by those who may edit it (members,
 * curators of its countries, the system): `writeChange` with the editor check.
 * Membership changes have checks of their own and call `writeChange` themselves.
 */
export function writePartnershipEdit<Value>(db: Db, actor: Actor, edit: PartnershipEdit<Value>) {
  return writeChange(db, PARTNERSHIP_RECORD, { ...edit, actor, authorize: (trx, current) => requirePartnershipEditor(trx, actor, current) });
}
