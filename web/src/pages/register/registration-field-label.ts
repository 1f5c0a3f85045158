const TOP_LEVEL_LABELS: Record<string, string> = {
  name: 'Name',
  slug: 'Web address',
  summary: 'Summary',
  description: 'Description',
  website: 'Website',
  scope: 'Scope',
  phase: 'Phase',
  status: 'Status',
  countries: 'Countries',
  regions: 'Regions',
  sectors: 'Sectors',
  sdgTargets: 'SDG targets',
  startDate: 'Start date',
  endDate: 'End date',
  objectives: 'Objectives',
  stakeholders: 'Stakeholders',
};

const STAKEHOLDER_LABELS: Record<string, string> = {
  organizationId: 'organisation',
  'organization.name': 'organisation name',
  'organization.type': 'organisation type',
  'organization.country': 'organisation country',
  'organization.website': 'organisation website',
  roles: 'roles',
  commitment: 'commitment',
};

/** A readable name for an API input path, for the error summary: `input.stakeholders[1].roles` → "Stakeholder 2: roles". */
export function registrationFieldLabel(path: string | undefined): string {
  if (!path) return 'Registration';
  const stakeholder = /^input\.stakeholders\[(\d+)\]\.?(.*)$/.exec(path);
  if (stakeholder) {
    const [, index = '0', rest = ''] = stakeholder;
    const part = STAKEHOLDER_LABELS[rest.replace(/\[\d+\].*$/, '')] ?? rest;
    return `Stakeholder ${Number(index) + 1}${part ? `: ${part}` : ''}`;
  }
  const top = /^input\.([A-Za-z]+)(?:\[(\d+)\])?/.exec(path);
  if (top) {
    const [, key = '', item] = top;
    const label = TOP_LEVEL_LABELS[key] ?? key;
    return item === undefined ? label : `${label} (entry ${Number(item) + 1})`;
  }
  return path;
}
