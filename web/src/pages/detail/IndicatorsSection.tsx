import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
  return (
    <DetailSection id="indicators" title={t('detail.indicators')} isEmpty={indicators.length === 0} emptyText={t('detail.noIndicatorsRecorded')}>
      <ScrollRegion label={t('detail.indicatorsTable')}>
        <table className="data-table">
          <caption className="visually-hidden">{t('detail.indicatorsWithBaselineAnd')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('detail.indicator')}</th>
              <th scope="col" className="numeric">
                {t('detail.baseline')}
              </th>
              <th scope="col" className="numeric">
                {t('detail.target')}
              </th>
              <th scope="col">{t('detail.sdgIndicator')}</th>
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
