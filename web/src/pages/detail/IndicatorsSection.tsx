import type { ResultOf } from '../../graphql/graphql';
import { formatNumber } from '../../format/format-money';
import { ScrollRegion } from '../../components/ScrollRegion';
import { DetailSection } from './DetailSection';
import type { IndicatorRowFragment } from './indicators-section-fragment';

type Indicator = ResultOf<typeof IndicatorRowFragment>;

function valueWithUnit(value: number | null, unit: string): string {
  if (value === null) return '—';
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

export function IndicatorsSection({ indicators }: { indicators: Indicator[] }) {
  return (
    <DetailSection id="indicators" title="Indicators" isEmpty={indicators.length === 0} emptyText="No indicators recorded.">
      <ScrollRegion label="Indicators table">
        <table className="data-table">
          <caption className="visually-hidden">Indicators with baseline and target</caption>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col" className="numeric">Baseline</th>
              <th scope="col" className="numeric">Target</th>
              <th scope="col">SDG indicator</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((indicator) => (
              <tr key={indicator.id}>
                <th scope="row">{indicator.name}</th>
                <td className="numeric">{valueWithUnit(indicator.baseline, indicator.unit)}</td>
                <td className="numeric">{valueWithUnit(indicator.target, indicator.unit)}</td>
                <td>{indicator.sdgIndicatorCode ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </DetailSection>
  );
}
