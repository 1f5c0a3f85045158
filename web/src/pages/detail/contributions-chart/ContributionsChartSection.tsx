import { useMemo } from 'react';
import type { ResultOf } from '../../../graphql/graphql';
import { DetailSection } from '../DetailSection';
import { contributionMeasures } from './contribution-measures';
import type { ContributionsChartFragment } from './contributions-chart-fragment';
import { CONTRIBUTIONS_CHART_MESSAGES as MESSAGES } from './contributions-chart-messages';
import { ContributionMeasureChart } from './ContributionMeasureChart';
import { ContributionsTable } from './ContributionsTable';

type Stakeholder = ResultOf<typeof ContributionsChartFragment>;

/** Who contributes what, by organisation and kind, beside the funding concentration; the same figures as a table. */
export function ContributionsChartSection({ stakeholders }: { stakeholders: Stakeholder[] }) {
  const measures = useMemo(() => contributionMeasures(stakeholders), [stakeholders]);
  return (
    <DetailSection id="contributions" title={MESSAGES.title} isEmpty={measures.length === 0} emptyText={MESSAGES.empty}>
      <p className="section-note">{MESSAGES.note}</p>
      <div className="measure-charts" data-testid="contributions-chart">
        {measures.map((measure) => (
          <ContributionMeasureChart key={measure.key} measure={measure} />
        ))}
      </div>
      <details className="chart-table">
        <summary>{MESSAGES.showTable}</summary>
        <ContributionsTable measures={measures} />
      </details>
    </DetailSection>
  );
}
