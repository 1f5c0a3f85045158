import type { LandscapeInitiative } from './landscape-types';

const COLUMNS = [
  'name',
  'scope',
  'phase',
  'status',
  'countries',
  'sectors',
  'sdgTargets',
  'suggestedTargets',
  'organizations',
  'funding',
  'personDays',
  'cluster',
] as const;

/** A field as CSV writes it: quoted when it holds a comma, quote or line break. */
function cell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The comparison table as CSV (RFC 4180, codes as the API gives them, one row per initiative). */
export function landscapeCsv(initiatives: readonly LandscapeInitiative[], clusterNumber: (id: string | null) => string): string {
  const rows = initiatives.map((initiative) => [
    initiative.name,
    initiative.scope,
    initiative.phase,
    initiative.status,
    initiative.countries.join(' '),
    initiative.sectors.join(' '),
    initiative.sdgTargets.join(' '),
    initiative.suggestedTargets.join(' '),
    String(initiative.organizationCount),
    initiative.resources.funding.map((money) => `${money.amount} ${money.currency}`).join('; '),
    String(initiative.resources.personDays),
    clusterNumber(initiative.clusterId),
  ]);
  return `${[COLUMNS.join(','), ...rows.map((row) => row.map(cell).join(','))].join('\r\n')}\r\n`;
}

/** Offers `text` as a file download. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
