import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useQuery } from 'urql';
import { CHANGE_HISTORY_QUERY } from '../../api/change-history-query';
import { graphqlProblems } from '../../api/graphql-problems';
import { FormProblems } from '../../components/FormProblems';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { formatDateTime } from '../../format/format-date';
import type { ResultOf } from '../../graphql/graphql';
import { changeActionLabel, changeFieldLabel, formatChangeValue } from './change-history-format';
import { DetailSection } from './DetailSection';

const PAGE_SIZE = 10;

type ChangeRecord = NonNullable<ResultOf<typeof CHANGE_HISTORY_QUERY>['partnership']>['changeHistory']['edges'][number]['node'];

interface ChangeHistorySectionProps {
  partnershipId: string;
  /** Names of organisations and accounts the page knows, to name list items and members. */
  namesById: ReadonlyMap<string, string>;
}

/** Who changed what and when, newest first; public, with personal data redacted for those who may not see it. */
export function ChangeHistorySection({ partnershipId, namesById }: ChangeHistorySectionProps) {
  const { t } = useTranslation();
  // One query per page shown; "Show older changes" adds the next page's cursor.
  const [pageCursors, setPageCursors] = useState<(string | null)[]>([null]);
  return (
    <DetailSection id="change-history" title={t('detail.changeHistory')}>
      <ol className="change-list" data-testid="change-history">
        {pageCursors.map((after, index) => (
          <ChangeHistoryPage
            key={after ?? 'first'}
            partnershipId={partnershipId}
            after={after}
            namesById={namesById}
            onShowOlder={index === pageCursors.length - 1 ? (cursor) => setPageCursors((pages) => [...pages, cursor]) : null}
          />
        ))}
      </ol>
    </DetailSection>
  );
}

interface ChangeHistoryPageProps {
  partnershipId: string;
  after: string | null;
  namesById: ReadonlyMap<string, string>;
  onShowOlder: ((cursor: string) => void) | null;
}

function ChangeHistoryPage({ partnershipId, after, namesById, onShowOlder }: ChangeHistoryPageProps) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: CHANGE_HISTORY_QUERY,
    variables: { id: partnershipId, first: PAGE_SIZE, after },
  });
  const history = data?.partnership?.changeHistory;
  if (!history) {
    return (
      <li>
        {fetching && <LoadingIndicator label={t('detail.loadingTheChangeHistory')} />}
        <FormProblems title={t('detail.theChangeHistoryCould')} problems={graphqlProblems(error)} fields={[]} />
      </li>
    );
  }
  if (after === null && history.edges.length === 0) {
    return <li className="empty-state">{t('detail.noChangesRecordedYet')}</li>;
  }
  const endCursor = history.pageInfo.endCursor;
  return (
    <>
      {history.edges.map(({ node }) => (
        <ChangeRecordItem key={node.id} record={node} namesById={namesById} />
      ))}
      {onShowOlder && history.pageInfo.hasNextPage && endCursor && (
        <li>
          <button type="button" className="button button-secondary" onClick={() => onShowOlder(endCursor)}>
            {t('detail.showOlderChanges')}
          </button>
        </li>
      )}
    </>
  );
}

function ChangeRecordItem({ record, namesById }: { record: ChangeRecord; namesById: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  // Fields a registration leaves empty say nothing; redacted ones still show that they changed.
  const changes = record.changes.filter(
    (change) => change.redacted || formatChangeValue(change.field, change.oldValue) !== formatChangeValue(change.field, change.newValue),
  );
  return (
    <li className="change-record">
      <p className="change-meta">
        <strong>{record.actor?.name ?? t('detail.demoActor')}</strong> {changeActionLabel(record.action)} {t('detail.changedOn')}{' '}
        <time dateTime={record.occurredAt}>{formatDateTime(record.occurredAt)}</time>
        <span className="visually-hidden">,</span> <span className="muted">{t('detail.version', { version: record.recordVersion })}</span>
      </p>
      {changes.length > 0 && (
        <ul className="change-fields">
          {changes.map((change, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a field may change twice in one record; the list is drawn anew, never reordered
            <li key={`${change.field}-${index}`}>
              <span className="change-field">{changeFieldLabel(change.field, namesById)}</span>:{' '}
              {change.redacted ? (
                <span className="redacted">{t('detail.redacted')}</span>
              ) : (
                <span className="change-value">
                  {formatChangeValue(change.field, change.oldValue, namesById)}
                  <span aria-hidden="true"> → </span>
                  <span className="visually-hidden"> {t('detail.changedTo')} </span>
                  {formatChangeValue(change.field, change.newValue, namesById)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
