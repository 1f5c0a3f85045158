import type { ContributionKind } from '../../../api/schema-types';
import type { ResultOf } from '../../../graphql/graphql';
import type { ContributionsChartFragment } from './contributions-chart-fragment';

type Stakeholder = ResultOf<typeof ContributionsChartFragment>;

/** What a measure counts in: money in one currency, person-days, or contributions without a figure. */
export type MeasureUnit = { type: 'money'; currency: string } | { type: 'person-days' } | { type: 'count' };

export interface MeasureBar {
  organizationId: string;
  organizationName: string;
  value: number;
}

/** One kind of contribution in one unit, organisation by organisation, largest first. */
export interface ContributionMeasure {
  key: string;
  kind: ContributionKind;
  unit: MeasureUnit;
  total: number;
  bars: MeasureBar[];
}

const KIND_ORDER: readonly ContributionKind[] = ['FINANCIAL', 'IN_KIND', 'STAFF_TIME'];

function unitKey(unit: MeasureUnit): string {
  return unit.type === 'money' ? unit.currency : unit.type;
}

/**
 * Who contributes what: amounts are added up only within one kind and one unit (money in
 * different currencies, or money and person-days, are not comparable), so each measure
 * is a chart of its own. A contribution with both an amount and person-days counts in both.
 */
export function contributionMeasures(stakeholders: readonly Stakeholder[]): ContributionMeasure[] {
  const measures = new Map<string, ContributionMeasure>();
  const add = (kind: ContributionKind, unit: MeasureUnit, stakeholder: Stakeholder, value: number) => {
    const key = `${kind}:${unitKey(unit)}`;
    const measure = measures.get(key) ?? { key, kind, unit, total: 0, bars: [] };
    measures.set(key, measure);
    const { id, name } = stakeholder.organization;
    const bar = measure.bars.find((existing) => existing.organizationId === id);
    if (bar) bar.value += value;
    else measure.bars.push({ organizationId: id, organizationName: name, value });
    measure.total += value;
  };

  for (const stakeholder of stakeholders) {
    for (const contribution of stakeholder.contributions) {
      const { kind, amount, currency, personDays } = contribution;
      if (amount !== null && currency) add(kind, { type: 'money', currency }, stakeholder, amount);
      if (personDays !== null) add(kind, { type: 'person-days' }, stakeholder, personDays);
      if ((amount === null || !currency) && personDays === null) add(kind, { type: 'count' }, stakeholder, 1);
    }
  }

  return [...measures.values()]
    .map((measure) => ({
      ...measure,
      bars: [...measure.bars].sort((left, right) => right.value - left.value || left.organizationName.localeCompare(right.organizationName)),
    }))
    .sort((left, right) => KIND_ORDER.indexOf(left.kind) - KIND_ORDER.indexOf(right.kind) || left.key.localeCompare(right.key));
}

/** A bar's length as a share of the measure's largest bar, 0 to 1. */
export function barShare(value: number, measure: ContributionMeasure): number {
  const largest = measure.bars[0]?.value ?? 0;
  return largest > 0 ? value / largest : 0;
}
