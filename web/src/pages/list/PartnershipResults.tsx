import { useCallback, useState } from 'react';
import type { PartnershipFilter } from '../../api/schema-types';
import type { ResultsPageSummary } from './results-page-summary';
import { ResultsPage } from './ResultsPage';

export const PAGE_SIZE = 20;

/**
 * The matching partnerships, one table body per loaded page: "Load more" adds the
 * page after the last one's cursor, and each page keeps its own cached query.
 */
export function PartnershipResults({ filter }: { filter: PartnershipFilter }) {
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
        <h2 id="results-heading">Results</h2>
        <p className="results-count" role="status" data-testid="total-count">
          {first ? countText(first.totalCount, shown) : ''}
        </p>
      </div>
      <table className="results-table">
        <caption className="visually-hidden">Partnerships matching the filters</caption>
        <thead>
          <tr>
            <th scope="col">Partnership</th>
            <th scope="col">Phase</th>
            <th scope="col">Countries</th>
            <th scope="col">SDG goals</th>
            <th scope="col">Status</th>
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
            {loadingMore ? 'Loading more…' : 'Load more'}
          </button>
        </div>
      )}
    </section>
  );
}

function countText(totalCount: number, shown: number): string {
  const noun = totalCount === 1 ? 'partnership' : 'partnerships';
  if (shown >= totalCount) return `${totalCount} ${noun} found`;
  return `${totalCount} ${noun} found, showing ${shown}`;
}
