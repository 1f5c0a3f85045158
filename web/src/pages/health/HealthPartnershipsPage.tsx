import { useTranslation } from 'react-i18next';
import { useCallback, useEffect, useState } from 'react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { graphqlProblems } from '../../api/graphql-problems';
import { PARTNERSHIPS_BY_HEALTH_QUERY } from '../../api/partnerships-by-health-query';
import type { HealthStatus, SuccessFactor } from '../../api/schema-types';
import { FormProblems } from '../../components/FormProblems';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { HEALTH_STATUS_LABELS } from '../../labels/health-status-labels';
import { SUCCESS_FACTOR_LABELS } from '../../labels/success-factor-labels';
import { PartnershipRow } from '../list/PartnershipRow';
import { groupLabel } from './group-label';
import { COUNTED_STATUSES, healthFilterOf, overviewSearchOf, type HealthPartnershipsSearch } from './health-search';
import './health.css';

const route = getRouteApi('/health/partnerships');
const PAGE_SIZE = 20;

/** The partnerships a heatmap cell counts, with links to each; "Show more" adds the next page below. */
export function HealthPartnershipsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const factor = search.factor;
  useDocumentTitle(factor ? t('health.partnerships.documentTitle', { factor: SUCCESS_FACTOR_LABELS[factor] }) : t('health.overview.title'));
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [next, setNext] = useState<Record<number, string | null>>({});
  const [total, setTotal] = useState<number | null>(null);
  const onPage = useCallback((index: number, nextCursor: string | null, totalCount: number) => {
    setNext((current) => (current[index] === nextCursor ? current : { ...current, [index]: nextCursor }));
    setTotal(totalCount);
  }, []);
  const statuses = search.statuses ?? [...COUNTED_STATUSES];
  const groupBy = search.groupBy ?? 'PHASE';
  const lastNext = next[cursors.length - 1];
  return (
    <div className="page health-page">
      <nav aria-label={t('detail.breadcrumb')} className="breadcrumb">
        <Link to="/health" search={overviewSearchOf(search)}>
          {t('health.overview.title')}
        </Link>
      </nav>
      {!factor ? (
        <>
          <PageHeading>{t('health.overview.title')}</PageHeading>
          <p className="empty-state">{t('health.partnerships.noFactor')}</p>
        </>
      ) : (
        <>
          <PageHeading>
            {t('health.partnerships.title', {
              factor: SUCCESS_FACTOR_LABELS[factor],
              statuses: statuses.map((status) => HEALTH_STATUS_LABELS[status].toLowerCase()).join(t('health.partnerships.or')),
            })}
          </PageHeading>
          {search.group && <p className="lead">{t(`health.partnerships.in${groupBy}`, { group: groupLabel(groupBy, search.group) })}</p>}
          {total !== null && (
            <p data-testid="health-partnerships-total" data-count={total}>
              {t('health.partnerships.total', { count: total })}
            </p>
          )}
          <table className="results-table" data-testid="health-partnerships">
            <thead>
              <tr>
                <th scope="col">{t('list.results.partnership')}</th>
                <th scope="col">{t('list.results.phase')}</th>
                <th scope="col">{t('list.results.countries')}</th>
                <th scope="col">{t('list.results.goals')}</th>
                <th scope="col">{t('list.results.status')}</th>
              </tr>
            </thead>
            {cursors.map((after, index) => (
              <HealthResultsPage key={after ?? 'first'} index={index} after={after} search={search} factor={factor} statuses={statuses} onPage={onPage} />
            ))}
          </table>
          {lastNext && (
            <p>
              <button type="button" className="button button-secondary" onClick={() => setCursors((current) => [...current, lastNext])}>
                {t('health.partnerships.showMore')}
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}

interface HealthResultsPageProps {
  index: number;
  after: string | null;
  search: HealthPartnershipsSearch;
  factor: SuccessFactor;
  statuses: HealthStatus[];
  onPage: (index: number, nextCursor: string | null, totalCount: number) => void;
}

function HealthResultsPage({ index, after, search, factor, statuses, onPage }: HealthResultsPageProps) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: PARTNERSHIPS_BY_HEALTH_QUERY,
    variables: {
      factor,
      statuses,
      group: search.group ?? null,
      groupBy: search.group ? (search.groupBy ?? 'PHASE') : null,
      filter: healthFilterOf(search),
      first: PAGE_SIZE,
      after,
    },
  });
  const connection = data?.partnershipsByHealth;
  useEffect(() => {
    if (connection) onPage(index, connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null, connection.totalCount);
  }, [connection, index, onPage]);
  return (
    <tbody aria-busy={fetching || undefined}>
      {!connection && (
        <tr className="message-row">
          <td colSpan={5}>
            {error ? (
              <FormProblems title={t('health.partnerships.couldNotLoad')} problems={graphqlProblems(error)} fields={[]} />
            ) : (
              <LoadingIndicator label={t('health.partnerships.loading')} />
            )}
          </td>
        </tr>
      )}
      {connection && index === 0 && connection.edges.length === 0 && (
        <tr className="message-row">
          <td colSpan={5}>
            <p className="empty-state">{t('health.partnerships.empty')}</p>
          </td>
        </tr>
      )}
      {connection?.edges.map(({ node }) => (
        <PartnershipRow key={node.id} partnership={node} />
      ))}
    </tbody>
  );
}
