import { useTranslation } from 'react-i18next';
import { useCallback, useState } from 'react';
import type { TFunction } from 'i18next';
import type { PartnershipFilter } from '../../api/schema-types';
import type { ResultsPageSummary } from './results-page-summary';
import { ResultsPage } from './ResultsPage';

export const PAGE_SIZE = 20;

/**
 * The matching partnerships, one table body per loaded page: "Load more" adds the
 * page after the last one's cursor, and each page keeps its own cached query.
 */
export function PartnershipResults({ filter }: { filter: PartnershipFilter }) {
  const { t } = useTranslation();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [summaries, setSummaries] = useState<(ResultsPageSummary | undefined)[]>([]);
  const onSummary = useCallback((index: number, summary: ResultsPageSummary) => {
    setSummaries((previous) => {
      const next = [...previous];
      next[index] = summary;
      return next;
    });
  }, []);

  const first = summaries[0];
  const last = summaries[cursors.length - 1];
  const loadingMore = cursors.length > 1 && last === undefined;
  const shown = summaries.slice(0, cursors.length).reduce((sum, summary) => sum + (summary?.rowCount ?? 0), 0);
  const nextCursor = last?.nextCursor ?? null;

  return (
    <section className="results" aria-labelledby="results-heading">
      <div className="results-header">
        <h2 id="results-heading">{t('list.results.heading')}</h2>
        <p className="results-count" role="status" data-testid="total-count">
          {first ? countText(t, first.totalCount, shown) : ''}
        </p>
      </div>
      <table className="results-table">
        <caption className="visually-hidden">{t('list.results.caption')}</caption>
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
          <ResultsPage key={after ?? 'first'} index={index} filter={filter} after={after} pageSize={PAGE_SIZE} onSummary={onSummary} />
        ))}
      </table>
      {(nextCursor || loadingMore) && (
        <div className="load-more">
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={loadingMore}
            onClick={() => {
              if (!loadingMore && nextCursor) setCursors([...cursors, nextCursor]);
            }}
          >
            {loadingMore ? t('list.results.loadingMore') : t('list.results.loadMore')}
          </button>
        </div>
      )}
    </section>
  );
}

function countText(t: TFunction, totalCount: number, shown: number): string {
  if (shown >= totalCount) return t('list.results.found', { count: totalCount });
  return t('list.results.foundShowing', { count: totalCount, shown });
}
