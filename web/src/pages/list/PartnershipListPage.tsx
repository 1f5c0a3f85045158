import { useMemo } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { Link } from '../../router/Link';
import { navigate } from '../../router/location-store';
import { useLocation } from '../../router/use-location';
import type { ListFilters } from './list-filters';
import { listFiltersToQueryString, parseListFilters } from './list-filters-query-string';
import { PartnershipFilters } from './PartnershipFilters';
import { PartnershipResults } from './PartnershipResults';
import { toPartnershipFilter } from './to-partnership-filter';

/** The national platform's view: every registered partnership, filtered by what the URL says. */
export function PartnershipListPage() {
  useDocumentTitle('Partnerships');
  const { search } = useLocation();
  const filters = useMemo(() => parseListFilters(search), [search]);
  const apiFilter = useMemo(() => toPartnershipFilter(filters), [filters]);
  const changeFilters = (next: ListFilters) => navigate(`/${listFiltersToQueryString(next)}`, { replace: true });

  return (
    <div className="page">
      <div className="page-intro">
        <div>
          <PageHeading>Partnerships</PageHeading>
          <p className="lead">
            Multi-stakeholder partnerships working on Agenda 2030. Compare initiatives by country, phase, SDG goal and
            the kinds of organisations involved.
          </p>
        </div>
        <Link to="/register" className="button button-primary">
          Register a partnership
        </Link>
      </div>
      <div className="list-layout">
        <PartnershipFilters filters={filters} onChange={changeFilters} />
        <PartnershipResults key={JSON.stringify(apiFilter)} filter={apiFilter} />
      </div>
    </div>
  );
}
