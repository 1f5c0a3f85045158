import type { Db, Trx } from '../database.js';
import type { ContactValues } from './contact.validation.js';
import type { PartnershipContactRow } from './contact.table.js';

/** Replaces the partnership's contact persons with the list given, in its order. */
export async function replaceContacts(trx: Trx, partnershipId: string, contacts: readonly ContactValues[]): Promise<void> {
  await trx.deleteFrom('partnership_contacts').where('partnership_id', '=', partnershipId).execute();
  await insertContacts(trx, partnershipId, contacts);
}

/** Adds contact persons at list positions from 0, in one statement. */
export async function insertContacts(trx: Trx, partnershipId: string, contacts: readonly ContactValues[]): Promise<void> {
  if (contacts.length === 0) return;
  await trx
    .insertInto('partnership_contacts')
    .values(contacts.map((contact, position) => ({ ...contact, position, partnership_id: partnershipId })))
    .execute();
}

export async function contactsOf(db: Db | Trx, partnershipIds: readonly string[]): Promise<PartnershipContactRow[]> {
  if (partnershipIds.length === 0) return [];
  return db.selectFrom('partnership_contacts').selectAll().where('partnership_id', 'in', partnershipIds).orderBy('position').execute();
}
