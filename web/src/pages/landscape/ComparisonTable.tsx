import { useTranslation } from 'react-i18next';
import { Link } from '@tanstack/react-router';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatMoney } from '../../format/format-money';
import { countryName } from '../../reference/country-options';
import { DetailSection } from '../detail/DetailSection';
import { downloadText, landscapeCsv } from './landscape-csv';
import type { LandscapeInitiative } from './landscape-types';

interface ComparisonTableProps {
  initiatives: readonly LandscapeInitiative[];
  clusterNumber: (id: string | null) => string;
}

/** Every initiative of the landscape side by side, with an export of the same rows to CSV. */
export function ComparisonTable({ initiatives, clusterNumber }: ComparisonTableProps) {
  const { t } = useTranslation();
  return (
    <DetailSection
      id="landscape-comparison"
      title={t('context.landscape.comparison')}
      isEmpty={initiatives.length === 0}
      emptyText={t('context.landscape.noInitiatives')}
    >
      <p>
        <button type="button" className="button button-secondary" onClick={() => downloadText('landscape.csv', landscapeCsv(initiatives, clusterNumber))}>
          {t('context.landscape.exportCsv')}
        </button>
      </p>
      <ScrollRegion label={t('context.landscape.comparisonTable')}>
        <table className="data-table" data-testid="landscape-comparison">
          <thead>
            <tr>
              <th scope="col">{t('context.landscape.name')}</th>
              <th scope="col">{t('context.landscape.scope')}</th>
              <th scope="col">{t('context.landscape.status')}</th>
              <th scope="col">{t('context.landscape.countries')}</th>
              <th scope="col">{t('context.landscape.targets')}</th>
              <th scope="col">{t('context.landscape.organizations')}</th>
              <th scope="col">{t('context.landscape.funding')}</th>
              <th scope="col">{t('context.landscape.cluster')}</th>
            </tr>
          </thead>
          <tbody>
            {initiatives.map((initiative) => (
              <tr key={initiative.partnership.id}>
                <th scope="row">
                  <Link to="/partnerships/$slug" params={{ slug: initiative.partnership.slug }}>
                    {initiative.name}
                  </Link>
                </th>
                <td>{t(`scope.${initiative.scope}`)}</td>
                <td>{t(`status.${initiative.status}`)}</td>
                <td>{initiative.countries.map(countryName).join(', ')}</td>
                <td>
                  {[
                    ...initiative.sdgTargets,
                    ...initiative.suggestedTargets.filter((code) => !initiative.sdgTargets.includes(code)).map((code) => `(${code})`),
                  ].join(', ')}
                </td>
                <td>{initiative.organizationCount}</td>
                <td>{initiative.resources.funding.map((money) => formatMoney(money.amount, money.currency)).join(', ')}</td>
                <td>{clusterNumber(initiative.clusterId)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </DetailSection>
  );
}
