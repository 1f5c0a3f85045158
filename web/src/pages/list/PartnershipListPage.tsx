import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { Link } from '@tanstack/react-router';
import { getRouteApi } from '@tanstack/react-router';
import type { ListFilters } from './list-filters';
import { filtersFromSearch, searchFromFilters } from './list-search';
import { LazyWorldMap } from './LazyWorldMap';
import { PartnershipFilters } from './PartnershipFilters';
import { PartnershipResults } from './PartnershipResults';
import { toPartnershipFilter } from './to-partnership-filter';

const listRoute = getRouteApi('/');

/** The national platform's view: every registered partnership, filtered by what the URL says. */
export function PartnershipListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('list.title'));
  const search = listRoute.useSearch();
  const navigate = listRoute.useNavigate();
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const apiFilter = useMemo(() => toPartnershipFilter(filters), [filters]);
  const mapFilter = useMemo(() => toPartnershipFilter({ ...filters, country: '' }), [filters]);
  // Replaced, not pushed: typing a search does not fill the history with every letter.
  const changeFilters = (next: ListFilters) => void navigate({ search: searchFromFilters(next), replace: true });

  return (
    <div className="page">
      <div className="page-intro">
        <div>
          <PageHeading>{t('list.title')}</PageHeading>
          <p className="lead">{t('list.lead')}</p>
        </div>
        <Link to="/register" className="button button-primary">
          {t('list.register')}
        </Link>
      </div>
      <div className="list-layout">
        <PartnershipFilters filters={filters} onChange={changeFilters} />
        <div className="list-main">
          <LazyWorldMap filter={mapFilter} selectedCountry={filters.country} onSelectCountry={(country) => changeFilters({ ...filters, country })} />
          <PartnershipResults key={JSON.stringify(apiFilter)} filter={apiFilter} />
        </div>
      </div>
    </div>
  );
}
