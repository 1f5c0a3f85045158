import type { PartnershipContactRow } from './contact.table.js';
import { ContactPerson } from './contact-person.type.js';

export function toContactPerson(row: PartnershipContactRow): ContactPerson {
  return Object.assign(new ContactPerson(), { name: row.name, email: row.email, phone: row.phone, role: row.role });
}
