import { i18n } from '../../i18n/i18n';
import { translatedLabels } from '../../i18n/translated-labels';
import { PARTNERSHIP_FIELD_LABELS } from '../../labels/partnership-field-labels';

const STAKEHOLDER_LABELS: Record<string, string> = translatedLabels('stakeholderInput', [
  'organizationId',
  'organization.name',
  'organization.type',
  'organization.country',
  'organization.website',
  'roles',
  'commitment',
]);

const CONTACT_LABELS: Record<string, string> = translatedLabels('contactInput', ['name', 'email', 'phone', 'role']);

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
    const stakeholderName = i18n.t('form.stakeholderNumber', { number: Number(index) + 1 });
    return part ? `${stakeholderName}: ${part}` : stakeholderName;
  }
  const contact = /^input\.contacts\[(\d+)\]\.(\w+)$/.exec(path);
  if (contact) return `${i18n.t('form.contactPerson', { number: Number(contact[1]) + 1 })}: ${CONTACT_LABELS[contact[2] ?? ''] ?? contact[2]}`;
  const top = /^input\.([A-Za-z]+)(?:\[(\d+)\])?/.exec(path);
  if (top) {
    const [, key = '', item] = top;
    const label = PARTNERSHIP_FIELD_LABELS[key] ?? key;
    return item === undefined ? label : i18n.t('form.listEntry', { label, number: Number(item) + 1 });
  }
  return path;
}
