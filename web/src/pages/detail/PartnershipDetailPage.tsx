import { useQuery } from 'urql';
import { PARTNERSHIP_DETAIL_QUERY, type PartnershipDetailData } from '../../api/partnership-detail-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { Link } from '../../router/Link';
import { NotFoundPage } from '../NotFoundPage';
import { PartnershipDetailView } from './PartnershipDetailView';

export function PartnershipDetailPage({ slug }: { slug: string }) {
  const [{ data, fetching, error }, reexecute] = useQuery<PartnershipDetailData, { slug: string }>({
    query: PARTNERSHIP_DETAIL_QUERY,
    variables: { slug },
  });
  const partnership = data?.partnershipBySlug;
  useDocumentTitle(partnership?.name ?? (fetching ? 'Loading partnership' : error ? 'Partnership' : 'Not found'));

  if (partnership) {
    return <PartnershipDetailView partnership={partnership} reload={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  if (fetching) {
    return (
      <div className="page">
        <LoadingIndicator label="Loading partnership…" />
      </div>
    );
  }
  if (error) {
    return (
      <div className="page page-narrow">
        <ErrorNotice title="This partnership could not be loaded.">
          <p>{error.networkError ? 'The server could not be reached.' : error.message}</p>
          <p>
            <button type="button" className="button button-secondary" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
              Try again
            </button>{' '}
            <Link to="/">Back to all partnerships</Link>
          </p>
        </ErrorNotice>
      </div>
    );
  }
  return <NotFoundPage message={`No partnership is registered under the address “${slug}”.`} />;
}
