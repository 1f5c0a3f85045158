import { CONTRIBUTION_KIND_LABELS } from '../../../labels/contribution-kind-labels';
import type { ContributionMeasure } from './contribution-measures';
import { CONTRIBUTIONS_CHART_MESSAGES as MESSAGES } from './contributions-chart-messages';

/** The chart's figures as one table: organisation, kind, amount. */
export function ContributionsTable({ measures }: { measures: readonly ContributionMeasure[] }) {
  return (
    <table className="data-table" data-testid="contributions-table">
      <caption className="visually-hidden">{MESSAGES.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{MESSAGES.organizationColumn}</th>
          <th scope="col">{MESSAGES.kindColumn}</th>
          <th scope="col">{MESSAGES.valueColumn}</th>
        </tr>
      </thead>
      <tbody>
        {measures.flatMap((measure) =>
          measure.bars.map((bar) => (
            <tr key={`${measure.key}:${bar.organizationId}`}>
              <th scope="row">{bar.organizationName}</th>
              <td>{CONTRIBUTION_KIND_LABELS[measure.kind]}</td>
              <td>{MESSAGES.value(bar.value, measure.unit)}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
