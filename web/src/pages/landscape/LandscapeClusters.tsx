import { useTranslation } from 'react-i18next';
import { Link } from '@tanstack/react-router';
import { formatMoney } from '../../format/format-money';
import { countryName } from '../../reference/country-options';
import { DetailSection } from '../detail/DetailSection';
import type { LandscapeCluster, LandscapeInitiative } from './landscape-types';

interface LandscapeClustersProps {
  clusters: readonly LandscapeCluster[];
  initiativesById: ReadonlyMap<string, LandscapeInitiative>;
}

/** Initiatives that work on the same thing in the same place, with what they share and bring together. */
export function LandscapeClusters({ clusters, initiativesById }: LandscapeClustersProps) {
  const { t } = useTranslation();
  return (
    <DetailSection
      id="landscape-clusters"
      title={t('context.landscape.clusters')}
      isEmpty={clusters.length === 0}
      emptyText={t('context.landscape.noClusters')}
    >
      <ol className="cluster-list" data-testid="landscape-clusters">
        {clusters.map((cluster, index) => (
          <li key={cluster.id} className="cluster">
            <h3>{t('context.landscape.clusterTitle', { number: index + 1, count: cluster.members.length })}</h3>
            <p>
              {t('context.landscape.sharedTargets', { codes: cluster.sharedTargets.join(', ') || '–' })}
              {' · '}
              {t('context.landscape.sharedCountries', { names: cluster.sharedCountries.map(countryName).join(', ') || '–' })}
              {' · '}
              {t('context.landscape.organizationCount', { count: cluster.organizationCount })}
            </p>
            <p>
              {t('context.landscape.combinedResources', {
                funding: cluster.resources.funding.map((money) => formatMoney(money.amount, money.currency)).join(', ') || '–',
                days: cluster.resources.personDays,
              })}
            </p>
            <ul>
              {cluster.members.map((member) => {
                const initiative = initiativesById.get(member.id);
                return (
                  <li key={member.id}>
                    {initiative ? (
                      <Link to="/partnerships/$slug" params={{ slug: initiative.partnership.slug }}>
                        {initiative.name}
                      </Link>
                    ) : (
                      member.id
                    )}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </DetailSection>
  );
}
