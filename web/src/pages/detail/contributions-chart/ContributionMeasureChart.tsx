import { barShare, type ContributionMeasure } from './contribution-measures';
import { CONTRIBUTIONS_CHART_MESSAGES as MESSAGES } from './contributions-chart-messages';

/**
 * One measure as horizontal bars, organisation by organisation. The names and figures
 * are text a screen reader reads in order; only the bars themselves are hidden from it.
 */
export function ContributionMeasureChart({ measure }: { measure: ContributionMeasure }) {
  const titleId = `contributions-${measure.key.replace(/[^A-Za-z0-9-]/g, '-')}`;
  return (
    <figure className="measure-chart" aria-labelledby={titleId} data-measure={measure.key}>
      <figcaption id={titleId}>
        <span className="measure-title">{MESSAGES.measureTitle(measure.kind, measure.unit)}</span>{' '}
        <span className="measure-summary">{MESSAGES.measureSummary(measure.bars.length, MESSAGES.value(measure.total, measure.unit))}</span>
      </figcaption>
      <ul className="measure-bars">
        {measure.bars.map((bar) => (
          <li key={bar.organizationId} className="measure-bar">
            <span className="measure-bar-name">{bar.organizationName}</span>
            <svg className="measure-bar-track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect width={Math.max(barShare(bar.value, measure) * 100, 0.5)} height="10" className="measure-bar-fill" />
            </svg>
            <span className="measure-bar-value">{MESSAGES.value(bar.value, measure.unit)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
