import { formatDate } from '../../format/format-date';
import { i18n } from '../../i18n/i18n';
import { translatedLabels } from '../../i18n/translated-labels';
import { CONTRIBUTION_KIND_LABELS } from '../../labels/contribution-kind-labels';
import { PARTNERSHIP_FIELD_LABELS } from '../../labels/partnership-field-labels';
import { PHASE_LABELS } from '../../labels/phase-labels';
import { ROLE_LABELS } from '../../labels/role-labels';
import { SCOPE_LABELS } from '../../labels/scope-labels';
import { STATUS_LABELS } from '../../labels/status-labels';
import { countryName } from '../../reference/country-options';
import { regionName } from '../../reference/region-options';
import { sectorName } from '../../reference/sector-options';

const CHANGE_ACTIONS = [
  'registerPartnership',
  'updatePartnership',
  'changePhase',
  'addStakeholder',
  'updateStakeholder',
  'removeStakeholder',
  'submitProgressReport',
  'invitePartnershipMember',
  'revokePartnershipInvitation',
  'acceptPartnershipInvitation',
  'declinePartnershipInvitation',
  'removePartnershipMember',
] as const;

const ACTION_LABELS: Readonly<Record<string, string>> = translatedLabels('changeAction', CHANGE_ACTIONS);

/** Codes shown by their name, per field. */
const CODE_NAMES: Readonly<Record<string, (code: string) => string>> = {
  phase: (code) => PHASE_LABELS[code as keyof typeof PHASE_LABELS] ?? code,
  status: (code) => STATUS_LABELS[code as keyof typeof STATUS_LABELS] ?? code,
  scope: (code) => SCOPE_LABELS[code as keyof typeof SCOPE_LABELS] ?? code,
  countries: countryName,
  regions: regionName,
  sectors: sectorName,
  roles: (code) => ROLE_LABELS[code as keyof typeof ROLE_LABELS] ?? code,
  kind: (code) => CONTRIBUTION_KIND_LABELS[code as keyof typeof CONTRIBUTION_KIND_LABELS] ?? code,
};

/** What a change did, as a phrase after the actor's name: "changed the phase". */
export function changeActionLabel(action: string): string {
  return ACTION_LABELS[action] ?? humanize(action).toLowerCase();
}

/**
 * The readable name of a changed field: `phase` → "Phase", a list item such as
 * `stakeholders[<organization id>]` → "Stakeholder: <organisation name>" when the
 * page knows the name.
 */
export function changeFieldLabel(field: string, namesById: ReadonlyMap<string, string> = new Map()): string {
  const item = /^([A-Za-z]+)\[(.+)\]$/.exec(field);
  if (item) {
    const [, list = '', id = ''] = item;
    const what = list === 'stakeholders' ? i18n.t('detail.stakeholder') : list === 'invitations' ? i18n.t('detail.invitation') : humanize(list);
    const name = namesById.get(id);
    return name ? `${what}: ${name}` : what;
  }
  return PARTNERSHIP_FIELD_LABELS[field] ?? humanize(field);
}

/**
 * A value from the change history as text: codes by name, lists joined, objects as
 * `key: value` pairs; the member list's account ids by the names the page knows.
 */
export function formatChangeValue(field: string, value: unknown, namesById: ReadonlyMap<string, string> = new Map()): string {
  if (isEmpty(value)) return '—';
  const list = field.replace(/\[.*$/, '');
  const name = list === 'members' ? (id: string) => namesById.get(id) ?? id : CODE_NAMES[list];
  if (Array.isArray(value)) return value.map((item) => formatChangeValue(field, item, namesById)).join(', ');
  if (typeof value === 'string') return name ? name(value) : ISO_DATE.test(value) ? formatDate(value) : value;
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => !isEmpty(item))
      .map(([key, item]) => `${humanize(key).toLowerCase()}: ${formatChangeValue(key, item)}`);
    return parts.length === 0 ? '—' : `(${parts.join('; ')})`;
  }
  return String(value);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** `sdgIndicatorCode` → "Sdg indicator code". */
function humanize(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
