import type { ContributionKind } from '../../../api/schema-types';
import { formatMoney, formatNumber } from '../../../format/format-money';
import { i18n } from '../../../i18n/i18n';
import { CONTRIBUTION_KIND_LABELS } from '../../../labels/contribution-kind-labels';
import type { MeasureUnit } from './contribution-measures';

/** The contributions chart's user-visible text, looked up in the current language each time it is read. */
export const CONTRIBUTIONS_CHART_MESSAGES = {
  get title() {
    return i18n.t('contributionsChart.title');
  },
  get empty() {
    return i18n.t('contributionsChart.empty');
  },
  get note() {
    return i18n.t('contributionsChart.note');
  },
  get showTable() {
    return i18n.t('contributionsChart.showTable');
  },
  get tableCaption() {
    return i18n.t('contributionsChart.tableCaption');
  },
  get organizationColumn() {
    return i18n.t('contributionsChart.organizationColumn');
  },
  get kindColumn() {
    return i18n.t('contributionsChart.kindColumn');
  },
  get valueColumn() {
    return i18n.t('contributionsChart.valueColumn');
  },
  measureTitle: (kind: ContributionKind, unit: MeasureUnit) => {
    const kindLabel = CONTRIBUTION_KIND_LABELS[kind];
    if (unit.type === 'money') return i18n.t('contributionsChart.measureTitleMoney', { kind: kindLabel, currency: unit.currency });
    if (unit.type === 'person-days') return i18n.t('contributionsChart.measureTitlePersonDays', { kind: kindLabel });
    return i18n.t('contributionsChart.measureTitleCount', { kind: kindLabel });
  },
  value: (value: number, unit: MeasureUnit) => {
    if (unit.type === 'money') return formatMoney(value, unit.currency);
    if (unit.type === 'person-days') return i18n.t('contributionsChart.personDays', { value: formatNumber(value) });
    return i18n.t('contributionsChart.contributions', { count: value, value: formatNumber(value) });
  },
  measureSummary: (organizationCount: number, total: string) => i18n.t('contributionsChart.measureSummary', { count: organizationCount, total }),
};
