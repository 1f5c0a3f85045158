import type { PartnershipContactRow } from './contact.table.js';
import type { ContactPerson } from './contact-person.type.js';

export function toContactPerson(row: PartnershipContactRow): ContactPerson {
  return { name: row.name, email: row.email, phone: row.phone, role: row.role };
}
