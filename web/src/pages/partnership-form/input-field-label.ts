import { PARTNERSHIP_FIELD_LABELS } from '../../labels/partnership-field-labels';

const STAKEHOLDER_LABELS: Record<string, string> = {
  organizationId: 'organisation',
  'organization.name': 'organisation name',
  'organization.type': 'organisation type',
  'organization.country': 'organisation country',
  'organization.website': 'organisation website',
  roles: 'roles',
  commitment: 'commitment',
};

const CONTACT_LABELS: Record<string, string> = { name: 'name', email: 'e-mail address', phone: 'phone', role: 'role' };

/**
 * A readable name for an API input path, for the error summary: `input.stakeholders[1].roles` → "Stakeholder 2: roles";
 * `whole` names a problem of no one field.
 */
export function inputFieldLabel(path: string | undefined, whole: string): string {
  if (!path) return whole;
  const stakeholder = /^input\.stakeholders\[(\d+)\]\.?(.*)$/.exec(path);
  if (stakeholder) {
    const [, index = '0', rest = ''] = stakeholder;
    const part = STAKEHOLDER_LABELS[rest.replace(/\[\d+\].*$/, '')] ?? rest;
    return `Stakeholder ${Number(index) + 1}${part ? `: ${part}` : ''}`;
  }
  const contact = /^input\.contacts\[(\d+)\]\.(\w+)$/.exec(path);
  if (contact) return `Contact person ${Number(contact[1]) + 1}: ${CONTACT_LABELS[contact[2] ?? ''] ?? contact[2]}`;
  const top = /^input\.([A-Za-z]+)(?:\[(\d+)\])?/.exec(path);
  if (top) {
    const [, key = '', item] = top;
    const label = PARTNERSHIP_FIELD_LABELS[key] ?? key;
    return item === undefined ? label : `${label} (entry ${Number(item) + 1})`;
  }
  return path;
}
