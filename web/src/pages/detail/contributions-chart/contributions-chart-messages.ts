import type { ContributionKind } from '../../../api/schema-types';
import { formatMoney, formatNumber } from '../../../format/format-money';
import { CONTRIBUTION_KIND_LABELS } from '../../../labels/contribution-kind-labels';
import type { MeasureUnit } from './contribution-measures';

/** The contributions chart's user-visible text, in one place for the message catalogues. */
export const CONTRIBUTIONS_CHART_MESSAGES = {
  title: 'Who contributes what',
  empty: 'No contributions recorded.',
  note: 'Each kind of contribution in each currency is charted on its own: amounts in different units are not comparable.',
  showTable: 'Show the contributions as a table',
  tableCaption: 'Contributions by organisation and kind',
  organizationColumn: 'Organisation',
  kindColumn: 'Kind',
  valueColumn: 'Contribution',
  measureTitle: (kind: ContributionKind, unit: MeasureUnit) => {
    const kindLabel = CONTRIBUTION_KIND_LABELS[kind];
    if (unit.type === 'money') return `${kindLabel}, ${unit.currency}`;
    if (unit.type === 'person-days') return `${kindLabel}, person-days`;
    return `${kindLabel}, number of contributions`;
  },
  value: (value: number, unit: MeasureUnit) => {
    if (unit.type === 'money') return formatMoney(value, unit.currency);
    if (unit.type === 'person-days') return `${formatNumber(value)} person-days`;
    return value === 1 ? '1 contribution' : `${formatNumber(value)} contributions`;
  },
  measureSummary: (organizationCount: number, total: string) =>
    `${organizationCount} ${organizationCount === 1 ? 'organisation' : 'organisations'}, ${total} in all`,
} as const;
