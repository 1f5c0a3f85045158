import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { PARTNERSHIP_LIST_QUERY } from '../../api/partnership-list-query';
import type { PartnershipFilter } from '../../api/schema-types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PartnershipRow } from './PartnershipRow';
import type { ResultsPageSummary } from './results-page-summary';

interface ResultsPageProps {
  index: number;
  filter: PartnershipFilter;
  after: string | null;
  pageSize: number;
  onSummary: (index: number, summary: ResultsPageSummary) => void;
}

const COLUMN_COUNT = 5;

/** One page of results as a table body, with its own loading and error state. */
export function ResultsPage({ index, filter, after, pageSize, onSummary }: ResultsPageProps) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PARTNERSHIP_LIST_QUERY,
    variables: { filter, first: pageSize, after },
  });
  const connection = data?.partnerships;

  useEffect(() => {
    if (!connection) return;
    onSummary(index, {
      totalCount: connection.totalCount,
      rowCount: connection.edges.length,
      nextCursor: connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null,
    });
  }, [connection, index, onSummary]);

  if (!connection) {
    return (
      <tbody>
        <tr className="message-row">
          <td colSpan={COLUMN_COUNT}>
            {error && !fetching ? (
              <ErrorNotice title={t('list.results.loadFailed')}>
                <p>{error.networkError ? t('common.serverUnreachable') : error.message}</p>
                <button type="button" className="button button-secondary" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
                  {t('common.tryAgain')}
                </button>
              </ErrorNotice>
            ) : (
              <LoadingIndicator label={t('list.results.loading')} />
            )}
          </td>
        </tr>
      </tbody>
    );
  }

  if (index === 0 && connection.edges.length === 0) {
    return (
      <tbody>
        <tr className="message-row">
          <td colSpan={COLUMN_COUNT}>
            <p className="empty-state">{t('list.results.empty')}</p>
          </td>
        </tr>
      </tbody>
    );
  }

  return (
    <tbody aria-busy={fetching || undefined}>
      {connection.edges.map(({ node }) => (
        <PartnershipRow key={node.id} partnership={node} />
      ))}
    </tbody>
  );
}
