import { useTranslation } from 'react-i18next';
import { getRouteApi } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { graphqlProblems } from '../../api/graphql-problems';
import { HEALTH_OVERVIEW_QUERY } from '../../api/health-overview-query';
import { FormProblems } from '../../components/FormProblems';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { messagesAt } from '../../components/field-ids';
import { formatDateTime } from '../../format/format-date';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { HealthHeatmap } from './HealthHeatmap';
import { HealthOverviewFilters } from './HealthOverviewFilters';
import { healthFilterOf, type HealthOverviewSearch } from './health-search';
import './health.css';

const route = getRouteApi('/health');

/** For national platforms: where the partnerships are weak or missing, factor by factor, per phase or per country. */
export function HealthOverviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('health.overview.title'));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const groupBy = search.groupBy ?? 'PHASE';
  const [{ data, fetching, error }] = useQuery({
    query: HEALTH_OVERVIEW_QUERY,
    variables: { filter: healthFilterOf(search), groupBy },
    requestPolicy: 'cache-and-network',
  });
  const problems = graphqlProblems(error);
  const overview = data?.healthOverview;
  const change = (next: HealthOverviewSearch) => void navigate({ search: next, replace: true });
  return (
    <div className="page health-page">
      <PageHeading>{t('health.overview.title')}</PageHeading>
      <p className="lead">{t('health.overview.lead')}</p>
      <HealthOverviewFilters search={search} groupBy={groupBy} countryErrors={messagesAt(problems, 'filter.countries')} onChange={change} />
      <FormProblems title={t('health.overview.couldNotLoad')} problems={problems} fields={['filter.countries']} />
      {fetching && !data && <LoadingIndicator label={t('health.overview.loading')} />}
      {overview && (
        <section aria-labelledby="health-overview-result" data-testid="health-overview" aria-busy={fetching || undefined}>
          <h2 id="health-overview-result">{t('health.overview.result', { count: overview.partnerships })}</h2>
          {overview.evaluatedAt && <p className="muted">{t('health.overview.evaluatedAt', { time: formatDateTime(overview.evaluatedAt) })}</p>}
          {overview.groups.length === 0 ? (
            <p className="empty-state">{t('health.overview.empty')}</p>
          ) : (
            <HealthHeatmap overview={overview} groupBy={groupBy} search={search} />
          )}
        </section>
      )}
    </div>
  );
}
